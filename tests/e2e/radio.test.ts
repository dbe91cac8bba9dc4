import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Loudspeaker staff read scripts on air from a phone, a printed sheet or a TTS loudspeaker.
// The speaking rate is read from its one place in the source, not typed here.
const RATE = Number(readFileSync(join('src/lib/reading-time.ts'), 'utf8').match(/SYLLABLES_PER_SECOND = ([\d.]+)/)![1]);

/** Independent syllable count: Vietnamese writes one syllable per word; numbers are written out in scripts. */
const syllables = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const seconds = (label: string) => {
  const m = label.match(/(?:(\d+) phút )?(\d+) giây/);
  return Number(m?.[1] ?? 0) * 60 + Number(m?.[2] ?? 0);
};

test.use({ viewport: { width: 360, height: 740 }, isMobile: true });

async function firstScript(page: import('@playwright/test').Page) {
  await page.goto('/truyen-thanh/');
  const link = page.locator('.bulletin ol a').first();
  const href = await link.getAttribute('href');
  await page.goto(href!);
  return href!;
}

test('a script opens in a reading view with its time matching its syllables at the set rate', async ({ page }) => {
  expect(RATE).toBeGreaterThan(2);
  await firstScript(page);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  const paragraphs = await page.locator('[data-script-text] p').allTextContents();
  expect(paragraphs[0]).toMatch(/^Kính thưa/);
  expect(paragraphs.at(-1)).toMatch(/Đài truyền thanh xã Quảng Lạc/);
  const count = syllables(paragraphs.join(' '));
  const shown = seconds((await page.locator('[data-reading-time]').textContent())!);
  expect(Math.abs(shown - count / RATE)).toBeLessThanOrEqual(Math.max(3, shown * 0.03));
  const fontSize = await page.locator('[data-script-text] p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(24);
});

test('the .txt copy has no markup and the same paragraphs as the page', async ({ page, request }) => {
  const href = await firstScript(page);
  const paragraphs = (await page.locator('[data-script-text] p').allTextContents()).map((p) => p.trim());
  const response = await request.get(href.replace(/\/$/, '.txt'));
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text).not.toMatch(/[<>{}*#_`]|import |export /);
  expect(text.trim().split(/\n\n/)).toEqual(paragraphs);
});

test("a bulletin's total equals the sum of its scripts, and its .txt holds them all", async ({ page, request }) => {
  await page.goto('/truyen-thanh/');
  const bulletins = page.locator('.bulletin h3 a');
  expect(await bulletins.count()).toBeGreaterThanOrEqual(3);
  await bulletins.first().click();
  const parts = (await page.locator('[data-script-seconds]').allTextContents()).map(seconds);
  expect(parts.length).toBeGreaterThan(0);
  const total = seconds((await page.locator('[data-bulletin-seconds]').textContent())!);
  expect(Math.abs(total - parts.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(parts.length);
  const text = await (await request.get(page.url().replace(/\/$/, '.txt'))).text();
  for (const first of await page.locator('[data-script-text] p:first-child').allTextContents()) expect(text).toContain(first.trim());
});

test('print hides the navigation and keeps the title and air date on the page', async ({ page }) => {
  await firstScript(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.back')).toBeHidden();
  await expect(page.locator('.running-head')).toBeVisible();
  await expect(page.locator('.running-head')).toContainText(/Phát .*\d{4}/);
  // Numbered A4 pages come from a named @page: the rest of the site prints without them.
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).page)).toBe('running-head');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const [, width, height] = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
  expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
  await page.goto('/dien-hinh/');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).page)).toBe('auto');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the dark switch is a plain link and works', async ({ page }) => {
    await firstScript(page);
    const bg = () => page.locator('.reading').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await bg();
    await page.getByRole('link', { name: 'tối' }).click();
    const dark = await bg();
    expect(dark).not.toBe(light);
    expect(dark).toBe('rgb(17, 17, 17)');
    await page.getByRole('link', { name: 'sáng' }).click();
    expect(await bg()).toBe(light);
  });
});

for (const theme of ['', '#nen-toi']) {
  test(`the reading view passes axe${theme ? ' in dark' : ''}`, async ({ page }) => {
    const href = await firstScript(page);
    await page.goto(href + theme);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('each exemplar page lists its scripts and each script links back', async ({ page }) => {
  await page.goto('/truyen-thanh/');
  await page.locator('.bulletin ol a').first().click();
  const about = page.locator('a[href^="/dien-hinh/"]').first();
  const title = await page.locator('h1').textContent();
  await about.click();
  await expect(page.getByRole('heading', { name: 'Trên loa truyền thanh' })).toBeVisible();
  await expect(page.getByRole('link', { name: title!.trim() })).toBeVisible();
});
