import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './helpers/built-site.ts';

// Loudspeaker staff read scripts on air from a phone, a printed sheet or a TTS loudspeaker.
// The speaking rate is read from its one place in the source, not typed here.
const RATE = Number(readFileSync(join('src/lib/loudspeaker/reading-time.ts'), 'utf8').match(/SYLLABLES_PER_SECOND = ([\d.]+)/)![1]);

/** Independent syllable count: Vietnamese writes one syllable per word; the .txt has every number in words. */
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

test('a script opens in a reading view with its time matching its spoken syllables at the set rate', async ({ page, request }) => {
  expect(RATE).toBeGreaterThan(2);
  const href = await firstScript(page);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  const paragraphs = await page.locator('[data-script-text] p').allTextContents();
  expect(paragraphs[0]).toMatch(/^Kính thưa/);
  expect(paragraphs.at(-1)).toMatch(/Đài truyền thanh xã Quảng Lạc/);
  const count = syllables(await (await request.get(href.replace(/\/$/, '.txt'))).text());
  const shown = seconds((await page.locator('[data-reading-time]').textContent())!);
  expect(Math.abs(shown - count / RATE)).toBeLessThanOrEqual(Math.max(3, shown * 0.03));
  const fontSize = await page
    .locator('[data-script-text] p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(24);
});

test('the .txt copy has no markup, no digit, and a paragraph for each of the page\u2019s', async ({ page, request }) => {
  const href = await firstScript(page);
  const paragraphs = (await page.locator('[data-script-text] p').allTextContents()).map((p) => p.trim());
  const response = await request.get(href.replace(/\/$/, '.txt'));
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text).not.toMatch(/[<>{}*#_`\d]|import |export /);
  const spoken = text.trim().split(/\n\n/);
  expect(spoken).toHaveLength(paragraphs.length);
  // A paragraph without numbers or abbreviations is read as written.
  paragraphs.forEach((p, i) => {
    if (!/[\d%/]|\p{Lu}{2,}/u.test(p)) expect(spoken[i]).toBe(p);
  });
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

test('every air date on a reading view, the first or the fifth, is a link with a 44px tap target', async ({ page }) => {
  // Every script and Tày/Nùng version page in the build: folders of truyen-thanh/ but the archive's pages and the bulletins.
  const scripts = readdirSync(join(dist, 'truyen-thanh'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && e.name !== 'ban-tin')
    .map((e) => e.name);
  const pages = scripts.flatMap((id) => [
    `/truyen-thanh/${id}/`,
    ...readdirSync(join(dist, 'truyen-thanh', id), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `/truyen-thanh/${id}/${e.name}/`),
  ]);
  expect(pages.length).toBeGreaterThan(0);
  let dates = 0;
  for (const path of pages) {
    await page.goto(path);
    const heights = await page
      .locator('a[href^="/truyen-thanh/ban-tin/"] time')
      .evaluateAll((times) => times.map((time) => time.closest('a')!.getBoundingClientRect().height));
    dates += heights.length;
    for (const height of heights) expect.soft(height, `${path}: ngày phát`).toBeGreaterThanOrEqual(44);
  }
  expect(dates).toBeGreaterThanOrEqual(pages.length);
});

test('each exemplar page lists its scripts and each script links back', async ({ page }) => {
  await page.goto('/truyen-thanh/');
  await page.locator('.bulletin ol a').first().click();
  const about = page.locator('a[href^="/dien-hinh/"]').first();
  const title = await page.locator('h1').textContent();
  await about.click();
  await expect(page.getByRole('heading', { name: 'Trên loa truyền thanh' })).toBeVisible();
  await expect(page.getByRole('link', { name: title!.trim() })).toBeVisible();
});

test('the bulletin calendar parses as iCalendar and holds every airing, upcoming and past, linked to its reading view', async ({
  page,
  request,
}) => {
  await page.goto('/truyen-thanh/');
  const ics = page.getByRole('link', { name: /thêm vào lịch điện thoại/ });
  const response = await request.get((await ics.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byDay = new Map(events.map((e) => [e.startDate.toString(), e]));
  // Every bulletin the site has, the upcoming ones first among them.
  const bulletins = readdirSync(join(dist, 'truyen-thanh/ban-tin')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  // The "Sắp phát" list: the bulletins between its heading and the next one.
  const upcoming = await page.getByRole('heading', { name: 'Sắp phát', exact: true }).evaluate((heading) => {
    const days: string[] = [];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) {
      next.querySelectorAll('h3 time').forEach((time) => days.push(time.getAttribute('datetime')!));
    }
    return days;
  });
  expect(bulletins.length).toBeGreaterThanOrEqual(3);
  expect(events).toHaveLength(bulletins.length);
  for (const day of [...upcoming, ...bulletins]) {
    const event = byDay.get(day);
    expect(event, day).toBeDefined();
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/truyen-thanh/ban-tin/${day}/$`));
    const titles = (await request.get(`/truyen-thanh/ban-tin/${day}/`).then((r) => r.text())).match(/<ol class="order"[\s\S]*?<\/ol>/)![0];
    for (const line of event!.description.split('\n').filter((l) => /^\d+\. /.test(l))) {
      expect(titles).toContain(line.replace(/^\d+\. /, '').replace(/ \([^()]*\)$/, ''));
    }
  }
});

test('the bulletins have an RSS feed beside the calendar', async ({ page, request }) => {
  await page.goto('/truyen-thanh/');
  const href = await page.getByRole('link', { name: 'theo dõi bản tin (RSS)' }).getAttribute('href');
  expect(
    await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
  ).toContain(href);
  const feed = await (await request.get(href!)).text();
  const items = [...feed.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/g)];
  expect(items.length).toBeGreaterThanOrEqual(3);
  for (const [, title, link] of items.slice(0, 3)) {
    expect(title).toMatch(/^Bản tin .*\d{2}\/\d{2}\/\d{4}$/);
    expect((await request.get(new URL(link!).pathname)).ok()).toBe(true);
  }
});
