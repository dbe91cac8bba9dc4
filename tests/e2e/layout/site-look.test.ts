import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { onePagePerKind, pagePaths } from '../helpers/built-site.ts';
import { fixtureDist as dist } from '../helpers/fixture-site.ts';

// Older residents on cheap phones: large text, generous lines, big tap targets, the phone's own
// fonts, and a clean printout. Checked on one page of each kind, at 360px, without JavaScript.
test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

const kinds = onePagePerKind(pagePaths(dist)).filter((path) => !path.startsWith('/truyen-thanh/') && !path.startsWith('/tim-kiem/'));

test('no web font: the phone renders Vietnamese with its own system fonts', () => {
  const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
  expect(css.length).toBeGreaterThan(0);
  for (const file of css) expect(readFileSync(join(dist, '_astro', file), 'utf8'), file).not.toMatch(/@font-face/);
});

for (const path of kinds) {
  test(`readable and easy to tap: ${path}`, async ({ page }) => {
    await page.goto(path);
    const body = await page.locator('body').evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        size: parseFloat(style.fontSize),
        leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        family: style.fontFamily,
      };
    });
    expect(body.size).toBeGreaterThanOrEqual(18);
    expect(body.leading).toBeGreaterThanOrEqual(1.5);
    expect(body.family).toMatch(/system-ui/);

    // Links and controls that stand on their own are at least 44px tall; a link inside a
    // sentence keeps the line's height (WCAG 2.5.8 inline exception).
    const small = await page
      .locator('main a, main button, main input, header a, header button, header input, footer a')
      .evaluateAll((elements) =>
        elements.flatMap((el) => {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || el.closest('[hidden], .story')) return [];
          const parent = el.parentElement!;
          const inSentence =
            getComputedStyle(el).display === 'inline' &&
            (parent.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 3 &&
            !['LI', 'DD', 'H2', 'H3', 'TH'].includes(parent.tagName);
          return inSentence || box.height >= 44
            ? []
            : [`${Math.round(box.height)}px: ${(el.textContent ?? el.outerHTML).trim().slice(0, 50)}`];
        }),
      );
    expect(small, 'vùng bấm nhỏ hơn 44px').toEqual([]);
  });
}

test('printing an exemplar keeps the story and drops navigation, search and footer, and says where to read it online', async ({ page }) => {
  await page.goto('/dien-hinh/');
  const href = (await page.locator('.cards h3 a').first().getAttribute('href'))!;
  await page.goto(href);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  await expect(page.locator('.print-address')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.story')).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation', { name: 'Chuyên mục' }),
    page.getByRole('navigation', { name: 'Đường dẫn' }),
    page.getByRole('search'),
    page.locator('footer'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.locator('.print-address')).toBeVisible();
  await expect(page.locator('.print-address')).toContainText(canonical);
});
