import { expect, test, type Page } from '@playwright/test';

// A resident who searches on a phone reads the first lines while results arrive: nothing on
// the page may jump (Lighthouse's cumulative layout shift, measured in the browser itself with
// PerformanceObserver, as `npm run lighthouse` measures it).

/** Starts recording layout shifts before the page's own code runs. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) =>
          s.node instanceof Element ? `${s.node.tagName.toLowerCase()}#${s.node.id}.${s.node.className}` : String(s.node?.nodeName),
        );
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shiftsAfterResults(page: Page, path: string, done: RegExp) {
  await recordShifts(page);
  await page.goto(path);
  await expect(page.locator('#search-status')).toHaveText(done, { timeout: 15_000 });
  // Every thumbnail on the first screen loaded (the others wait for a scroll), then a moment
  // for a late shift to be reported.
  await page.waitForFunction(() => [...document.images].every((img) => img.complete || img.getBoundingClientRect().top > innerHeight));
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
}

const screens = [
  // Lighthouse's mobile preset (a Moto G Power) and the narrowest phone the site is drawn for.
  { name: 'Lighthouse phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: '360 px phone', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

for (const { name, ...screen } of screens) {
  test.describe(name, () => {
    test.use(screen);

    test('results of a search arrive without moving anything on the page', async ({ page }) => {
      const shifts = await shiftsAfterResults(page, '/tim-kiem/?q=nong+thon+moi', /\d+ kết quả/);
      await expect(page.locator('#search-results img').first()).toBeVisible();
      expect(shifts).toEqual([]);
    });

    test('a search with no result, and the empty page, do not move either', async ({ page }) => {
      expect(await shiftsAfterResults(page, '/tim-kiem/?q=qqqxxzz', /Không tìm thấy/)).toEqual([]);
      expect(await shiftsAfterResults(page, '/tim-kiem/', /Gõ từ cần tìm/)).toEqual([]);
    });
  });
}

test('the measure can fail: a block inserted above the results is reported as a shift', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordShifts(page);
  await page.goto('/tim-kiem/?q=nong+thon+moi');
  await expect(page.locator('#search-status')).toHaveText(/\d+ kết quả/, { timeout: 15_000 });
  await page.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<p style="height:200px">chen</p>'));
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts);
  expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0);
});
