import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { expectedProgress } from './helpers/expected-progress.ts';

// A resident on a cheap phone with JavaScript off: every page is plain HTML that fits 360px.
test.use({ javaScriptEnabled: false });

test("a resident's path: home → a movement → an exemplar → its good practice → the village", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const { siteName } = parse(readFileSync('content/site.yaml', 'utf8')) as { siteName: string };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
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
  const village = page
    .locator('.facts')
    .getByRole('link')
    .filter({ hasText: /^Thôn / });
  const villageName = (await village.textContent())!.trim();
  await village.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(villageName);
  await expect(page.getByRole('link', { name: exemplarTitle })).toBeVisible();
});

// The office checks progress: expected counts computed from content/, independently of src/.
test('the progress page counts what the content holds, movement by movement and unit by unit', async ({ page }) => {
  await page.goto('/tien-do/');
  const expected = expectedProgress('content').rows;
  expect(expected.length).toBeGreaterThan(0);
  for (const m of expected) {
    const row = page.locator(`tr[data-movement="${m.id}"][data-unit=""]`);
    await expect(row.locator('[data-col="minimum"]')).toHaveText(String(m.minimum));
    await expect(row.locator('[data-col="published"]')).toHaveText(String(m.published));
    await expect(row.locator('[data-col="recognised"]')).toHaveText(String(m.recognised));
    await expect(row.locator('[data-col="replicated"]')).toHaveText(String(m.replicated));
    for (const u of m.perUnit) {
      const unitRow = page.locator(`tr[data-movement="${m.id}"][data-unit="${u.unit}"]`);
      await expect(unitRow.locator('[data-col="minimum"]')).toHaveText(String(u.minimum));
      await expect(unitRow.locator('[data-col="published"]')).toHaveText(String(u.published));
      await expect(unitRow.locator('[data-col="recognised"]')).toHaveText(String(u.recognised));
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
  expect(lines[0]).toBe('Phong trào,Đơn vị,Tối thiểu,Đã đăng,Đã khen thưởng,Đã nhân rộng,Đạt chỉ tiêu');
  const rows = await page
    .getByRole('table', { name: /theo phong trào và đơn vị/ })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('[data-col]')].map((td) => td.textContent!.trim()).join(',')));
  expect(lines.slice(1).map((line) => line.split(',').slice(-5, -1).join(','))).toEqual(rows);
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
  const ids = (dir: string) =>
    readdirSync(join('content', dir))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace('.mdx', ''));
  // A story that lists a person who withdrew consent (content/people/) is not shown.
  const gone = readdirSync(join('content', 'people'))
    .filter((f) => /^\s+withdrawn:/m.test(readFileSync(join('content', 'people', f), 'utf8')))
    .map((f) => f.replace(/\.ya?ml$/, ''));
  const withdrawn = ids('exemplars').filter((id) =>
    gone.some((p) => new RegExp(`^people:.*\\b${p}\\b`, 'm').test(readFileSync(join('content', 'exemplars', `${id}.mdx`), 'utf8'))),
  );
  const stories = [
    ...ids('exemplars')
      .filter((id) => !withdrawn.includes(id))
      .map((id) => `/dien-hinh/${id}/`),
  ];
  expect((rss.match(/<item>/g) ?? []).length).toBeLessThanOrEqual(50);
  if (stories.length + ids('practices').length <= 50) {
    for (const story of stories) expect(rss, story).toContain(`${story}</link>`);
  }
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname;
  const sitemap = await (await request.get(sitemapUrl)).text();
  expect(sitemap).toContain('/dien-hinh/');
  expect(sitemap).not.toContain('/ap-phich/');
  expect(sitemap).toContain('/tham-quan/');
  expect(sitemap).not.toMatch(/\/dien-hinh\/[^<]+\/tham-quan\//);
});
