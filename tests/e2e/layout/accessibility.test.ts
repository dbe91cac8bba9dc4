import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { onePagePerKind, pagePaths } from '../helpers/built-site.ts';
import { fixtureDist } from '../helpers/fixture-site.ts';

// Everyone can use every kind of page: no axe-core violation of WCAG 2.2 A and AA, a skip
// link and visible focus for keyboard users, and text at 200% without loss.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// On the fixture site (tests/fixtures/sites/): layout does not depend on the sample content.
const kinds = onePagePerKind(pagePaths(fixtureDist));

for (const path of kinds) {
  test(`axe finds no WCAG 2.2 A/AA violation: ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('keyboard: the first Tab shows the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(kinds.find((p) => p.split('/').length > 3) ?? '/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveAttribute('href', '#main');
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).not.toMatch(/^none|0px$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard: every link and button shows where focus is', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    const style = await page.locator(':focus').evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' };
    });
    expect(style.outline || style.shadow).toBe(true);
  }
});

test.describe('text at 200%', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('nothing is cut off or needs sideways scrolling, on any kind of page', async ({ page }) => {
    for (const path of kinds) {
      await test.step(path, async () => {
        await page.goto(path);
        // Page zoom at 200%, as a reader's browser setting would apply it.
        await page.evaluate(() => {
          document.documentElement.style.zoom = '2';
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, path).toBeLessThanOrEqual(1);
        await expect.soft(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      });
    }
  });
});
