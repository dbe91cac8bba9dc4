import { expect, test } from '@playwright/test';
import { onePagePerKind, pagePaths } from '../helpers/built-site.ts';
import { crawlFromHome } from '../helpers/crawl.ts';
import { fixtureDist } from '../helpers/fixture-site.ts';

// A resident on a cheap phone with JavaScript off finds every page by following links, each
// plain HTML that fits 360px. Run on the fixture site (another commune, three movements, two plan
// years), so the layout is tested apart from the sample content.
test.use({ javaScriptEnabled: false });

// The pages a resident can reach by following links from the home page (plus the 404 page).
const crawl = crawlFromHome(fixtureDist);

test('following links from the home page reaches every built page, and no link or picture is missing', () => {
  expect(crawl.broken, 'liên kết hoặc ảnh không có').toEqual([]);
  const unreached = pagePaths(fixtureDist).filter((path) => path !== '/404.html' && !crawl.pages.includes(path));
  expect(unreached, 'trang không có liên kết nào dẫn tới').toEqual([]);
  // The crawl saw pictures and styles too, not only pages.
  expect([...crawl.reached].some((path) => /\.(avif|webp)$/.test(path))).toBe(true);
  expect([...crawl.reached].some((path) => path.endsWith('.css'))).toBe(true);
});

// One test per section of the site, each page a step: a fresh browser context per page
// cost four times the page itself.
const sections = Map.groupBy([...crawl.pages, '/404.html'], (path) => path.split('/')[1] || 'trang-chu');
for (const [section, paths] of sections) {
  test(`one h1, lang vi, share picture and no sideways scrolling at 360px: /${section}${section.includes('.') ? '' : '/'} (${paths.length} trang)`, async ({
    page,
  }) => {
    // A budget per page: a section may have many pages, and a loaded CI machine is slow.
    test.setTimeout(15_000 + paths.length * 1_500);
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

test('every kind of page has a breadcrumb or is the home page, and 404 leads back', async ({ page }) => {
  for (const path of onePagePerKind(pagePaths(fixtureDist)).filter(
    (p) => p !== '/' && !p.startsWith('/truyen-thanh/') && !p.endsWith('.html') && !p.endsWith('/ap-phich/'),
  )) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }), path).toBeVisible();
  }
  const missing = await page.goto('/khong-co-trang-nay/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page).toHaveURL(/\/$/);
});
