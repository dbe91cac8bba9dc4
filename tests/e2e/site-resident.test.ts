import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { onePagePerKind, pagePaths } from './helpers/built-site.ts';
import { crawlFromHome } from './helpers/crawl.ts';

// A resident on a cheap phone with JavaScript off: every page is plain HTML that fits 360px.
test.use({ javaScriptEnabled: false });

test("a resident's path: home → a movement → an exemplar → its good practice → the village", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gương sáng Quảng Lạc');
  await page.getByRole('link', { name: 'Chung sức xây dựng nông thôn mới' }).first().click();
  await expect(page).toHaveURL(/\/phong-trao\/chung-suc-xay-dung-nong-thon-moi\/$/);
  await expect(page.getByText(/Ít nhất \d+/).first()).toBeVisible();
  const exemplar = page.locator('.cards h3 a').first();
  const exemplarTitle = (await exemplar.textContent())!.trim();
  await exemplar.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exemplarTitle);
  await expect(page.getByText('Bài mẫu minh họa').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Chung sức');
  const practice = page.locator('.practices h3 a').first();
  const practiceTitle = (await practice.textContent())!.trim();
  await practice.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceTitle);
  await expect(page.getByRole('heading', { name: 'Đã nhân rộng ở đâu' })).toBeVisible();
  await page.getByRole('link', { name: exemplarTitle }).first().click();
  const village = page.locator('.facts').getByRole('link').filter({ hasText: /^Thôn / });
  const villageName = (await village.textContent())!.trim();
  await village.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(villageName);
  await expect(page.getByRole('link', { name: exemplarTitle })).toBeVisible();
});

// The pages a resident can reach by following links from the home page (plus the 404 page).
const crawl = crawlFromHome();

test('following links from the home page reaches every built page, and no link or picture is missing', () => {
  expect(crawl.broken, 'liên kết hoặc ảnh không có').toEqual([]);
  const unreached = pagePaths().filter((path) => path !== '/404.html' && !crawl.pages.includes(path));
  expect(unreached, 'trang không có liên kết nào dẫn tới').toEqual([]);
  // The crawl saw pictures and styles too, not only pages.
  expect([...crawl.reached].some((path) => /\.(avif|webp)$/.test(path))).toBe(true);
  expect([...crawl.reached].some((path) => path.endsWith('.css'))).toBe(true);
});

// One test per section of the site, each page a step: a fresh browser context per page
// cost four times the page itself.
const sections = Map.groupBy([...crawl.pages, '/404.html'], (path) => path.split('/')[1] || 'trang-chu');
for (const [section, paths] of sections) {
  test(`one h1, lang vi, share picture and no sideways scrolling at 360px: /${section}${section.includes('.') ? '' : '/'} (${paths.length} trang)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of paths) {
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect.soft(response?.status(), path).toBe(200);
        await expect.soft(page.locator('html'), path).toHaveAttribute('lang', 'vi');
        await expect.soft(page.locator('h1'), path).toHaveCount(1);
        const og = await page.locator('meta[property="og:image"]').getAttribute('content');
        expect.soft(og, path).toMatch(/^https?:\/\/.+\.(png|jpe?g|webp)$/);
        await expect.soft(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\S/);
        await expect.soft(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, `${path}: trang bị tràn ngang`).toBeLessThanOrEqual(0);
      });
    }
  });
}

// The office checks progress: expected counts computed from content/, independently of src/.
function expectedProgress() {
  const read = (dir: string, ext: string) =>
    readdirSync(join('content', dir)).filter((f) => f.endsWith(ext)).map((f) => ({ id: f.replace(ext, ''), text: readFileSync(join('content', dir, f), 'utf8') }));
  const front = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  const plan = read('plans', '.yaml').map((p) => parse(p.text) as { year: number }).sort((a, b) => b.year - a.year)[0]!;
  // A story listing a person who withdrew consent (content/people/) is not published, nor one dated later than today.
  const withdrawn = new Set(read('people', '.yaml').filter((p) => (parse(p.text) as { consent?: { withdrawn?: unknown } }).consent?.withdrawn).map((p) => p.id));
  const exemplars = read('exemplars', '.mdx').map((e) => ({ id: e.id, ...front(e.text) })) as { id: string; movement: string; unit: string; year: number; people?: string[]; publishedAt: unknown }[];
  const isShown = (e: (typeof exemplars)[number]) =>
    !(e.people ?? []).some((p) => withdrawn.has(p)) && new Date(String(e.publishedAt instanceof Date ? e.publishedAt.toISOString() : e.publishedAt)).getTime() <= Date.now();
  const published = exemplars.filter((e) => isShown(e) && e.year === plan.year);
  const shown = new Set(exemplars.filter(isShown).map((e) => e.id));
  // A practice is shown only when all its exemplars are; replicated once is enough.
  const practices = read('practices', '.mdx').map((p) => front(p.text) as { exemplars: string[]; replications?: unknown[] });
  const replicated = new Set(practices.filter((p) => p.exemplars.every((id) => shown.has(id)) && (p.replications ?? []).length > 0).flatMap((p) => p.exemplars));
  const movements = read('movements', '.yaml').map((m) => ({ id: m.id, ...(parse(m.text) as { leadUnits: string[]; minimum: { count: number; perUnit?: boolean } }) }));
  const count = (list: typeof published) => ({ published: list.length, replicated: list.filter((e) => replicated.has(e.id)).length });
  return movements.map((m) => ({
    id: m.id,
    minimum: m.minimum.perUnit ? m.minimum.count * m.leadUnits.length : m.minimum.count,
    ...count(published.filter((e) => e.movement === m.id)),
    perUnit: m.minimum.perUnit ? m.leadUnits.map((u) => ({ unit: u, minimum: m.minimum.count, ...count(published.filter((e) => e.movement === m.id && e.unit === u)) })) : [],
  }));
}

test('the progress page counts what the content holds, movement by movement and unit by unit', async ({ page }) => {
  await page.goto('/tien-do/');
  const expected = expectedProgress();
  expect(expected).toHaveLength(11);
  for (const m of expected) {
    const row = page.locator(`tr[data-movement="${m.id}"][data-unit=""]`);
    await expect(row.locator('[data-col="minimum"]')).toHaveText(String(m.minimum));
    await expect(row.locator('[data-col="published"]')).toHaveText(String(m.published));
    await expect(row.locator('[data-col="replicated"]')).toHaveText(String(m.replicated));
    for (const u of m.perUnit) {
      const unitRow = page.locator(`tr[data-movement="${m.id}"][data-unit="${u.unit}"]`);
      await expect(unitRow.locator('[data-col="minimum"]')).toHaveText(String(u.minimum));
      await expect(unitRow.locator('[data-col="published"]')).toHaveText(String(u.published));
      await expect(unitRow.locator('[data-col="replicated"]')).toHaveText(String(u.replicated));
    }
    await expect(page.locator(`tr[data-movement="${m.id}"]:not([data-unit=""])`)).toHaveCount(m.perUnit.length);
  }
});

test('on a phone the whole progress table is in view, whether each row meets its minimum included', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tien-do/');
  const table = page.getByRole('table', { name: /theo phong trào và đơn vị/ });
  const box = (await table.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const status = table.locator('tbody td').filter({ hasText: /^(Đạt|Chưa đạt)$/ });
  expect(await status.count()).toBe(await table.locator('tbody tr').count());
  for (const cell of await status.all()) {
    const b = (await cell.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(360);
  }
});

test('the CSV download has the same table as the page', async ({ page, request }) => {
  await page.goto('/tien-do/');
  const response = await request.get('/tien-do.csv');
  expect(response.headers()['content-type']).toMatch(/text\/csv/);
  const csv = (await response.text()).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('Phong trào,Đơn vị,Tối thiểu,Đã đăng,Đã nhân rộng,Đạt chỉ tiêu');
  const rows = await page.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('[data-col]')].map((td) => td.textContent!.trim()).join(',')),
  );
  expect(lines.slice(1).map((line) => line.split(',').slice(-4, -1).join(','))).toEqual(rows);
});

test('every kind of page has a breadcrumb or is the home page, and 404 leads back', async ({ page }) => {
  for (const path of onePagePerKind().filter((p) => p !== '/' && !p.startsWith('/truyen-thanh/') && !p.endsWith('.html') && !p.endsWith('/ap-phich/'))) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }), path).toBeVisible();
  }
  const missing = await page.goto('/khong-co-trang-nay/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('each exemplar has a printable A4 poster with a QR code drawn at build time', async ({ page }) => {
  await page.goto('/dien-hinh/');
  const href = await page.locator('.cards h3 a').first().getAttribute('href');
  await page.goto(href!);
  await page.getByRole('link', { name: /áp phích/ }).click();
  await expect(page).toHaveURL(/\/ap-phich\/$/);
  const qr = page.locator('.qr svg');
  await expect(qr).toBeVisible();
  expect(await qr.locator('path').count()).toBeGreaterThan(0);
  await expect(page.locator('.qr')).toHaveAttribute('aria-label', new RegExp(href!.replace(/\//g, '\\/')));
  // A phone's camera reads the code back as the story's address on this site.
  const png = PNG.sync.read(await page.locator('.qr').screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const printed = (await page.locator('.qr-row .url').textContent())!.trim();
  expect(new URL(printed).pathname).toBe(href);
  expect(read?.data).toBe(printed);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
});

test('the RSS feed and the sitemap list the stories', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain('<language>vi-vn</language>');
  // Every shown exemplar and practice is a story, up to the feed's 50 newest.
  const ids = (dir: string) => readdirSync(join('content', dir)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace('.mdx', ''));
  const withdrawn = ids('exemplars').filter((id) => /^\s+withdrawn:/m.test(readFileSync(join('content', 'exemplars', `${id}.mdx`), 'utf8')));
  const stories = [...ids('exemplars').filter((id) => !withdrawn.includes(id)).map((id) => `/dien-hinh/${id}/`)];
  expect((rss.match(/<item>/g) ?? []).length).toBeLessThanOrEqual(50);
  if (stories.length + ids('practices').length <= 50) {
    for (const story of stories) expect(rss, story).toContain(`${story}</link>`);
  }
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname;
  const sitemap = await (await request.get(sitemapUrl)).text();
  expect(sitemap).toContain('/dien-hinh/');
  expect(sitemap).not.toContain('/ap-phich/');
});
