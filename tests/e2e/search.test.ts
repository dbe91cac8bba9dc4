import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { foldVietnamese, hasExactWords } from '#lib/site/fold.ts';
import { htmlFiles } from './helpers/built-site.ts';

// Residents type Vietnamese with or without tone marks and đ. Words are drawn from the built
// pages themselves, not chosen by hand.
const entryPages = htmlFiles().filter((f) => /\/(dien-hinh|cach-lam-hay)\/[^/]+\/index\.html$/.test(f) && !f.includes('ap-phich'));

function wordsFromContent(): string[] {
  const counts = new Map<string, number>();
  for (const file of entryPages) {
    const html = readFileSync(file, 'utf8');
    const article = html.match(/<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/)?.[1] ?? '';
    const text = article.replace(/<[^>]+>/g, ' ').toLowerCase();
    for (const word of new Set(text.match(/\p{L}{4,}/gu) ?? [])) {
      if (foldVietnamese(word) === word) continue; // only words with marks or đ
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const withD = [...counts].filter(([w]) => w.includes('đ')).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const toned = [...counts].filter(([w]) => !w.includes('đ')).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Common and rare ones alike: every 7th of each list.
  const pick = <T>(list: T[], n: number) => list.filter((_, i) => i % 7 === 3).slice(0, n);
  return [...pick(withD, 5), ...pick(toned, 4)].map(([w]) => w);
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.locator('#search-status');
  await expect(status).not.toHaveText(/^$|Đang tìm/, { timeout: 15_000 });
  const more = page.locator('#search-more');
  const items = page.locator('#search-results > li');
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(shown);
  }
  return (await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).sort();
}

const words = wordsFromContent();

test('the content gives words with đ and with tone marks to test', () => {
  expect(entryPages.length).toBeGreaterThan(10);
  expect(words.filter((w) => w.includes('đ')).length).toBeGreaterThanOrEqual(3);
  expect(words.length).toBeGreaterThanOrEqual(6);
});

for (const word of words) {
  test(`typed without marks, "${foldVietnamese(word)}" finds every page that "${word}" finds`, async ({ page }) => {
    const exact = await search(page, word);
    expect(exact.length, `"${word}" có trong nội dung nên phải tìm thấy`).toBeGreaterThan(0);
    const folded = await search(page, foldVietnamese(word));
    expect(folded).toEqual(expect.arrayContaining(exact));
  });
}

test('capital Đ typed as D: "Dang uy" finds the pages about "Đảng ủy"', async ({ page }) => {
  const exact = await search(page, 'Đảng ủy');
  expect(exact.length).toBeGreaterThan(0);
  expect(await search(page, 'Dang uy')).toEqual(expect.arrayContaining(exact));
});

test('filters narrow the results, by keyboard', async ({ page }) => {
  const all = await search(page, 'thôn');
  expect(all.length).toBeGreaterThan(3);
  // Folded on every screen until opened, so that opening it never pushes the results down.
  await expect(page.locator('#search-filter-box')).not.toHaveAttribute('open');
  await page.getByText('Lọc kết quả').focus();
  await page.keyboard.press('Enter');
  const box = page.locator('#search-filters input[name="loai-noi-dung"][value="Cách làm hay"]');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/loai-noi-dung=/);
  await expect(page.locator('#search-status')).toHaveText(/kết quả/);
  const narrowed = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all.length);
  for (const href of narrowed) expect(href).toMatch(/^\/cach-lam-hay\//);
});

test('a filter in the address is counted on the folded box and kept for the next search', async ({ page }) => {
  await page.goto('/tim-kiem/?q=th%C3%B4n&loai-noi-dung=C%C3%A1ch+l%C3%A0m+hay');
  await expect(page.locator('#search-status')).toHaveText(/\d+ kết quả/);
  await expect(page.getByText('Lọc kết quả')).toContainText('đang chọn 1');
  const input = page.getByRole('searchbox', { name: 'Từ cần tìm' });
  await input.fill('nông thôn');
  await input.press('Enter');
  await expect(page.locator('#search-status')).toHaveText(/\d+ kết quả cho “nông thôn”/);
  await expect(page).toHaveURL(/loai-noi-dung=C%C3%A1ch/);
  const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/cach-lam-hay\//);
});

test('on a phone the filters fold away under "Lọc kết quả", so results come first', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tim-kiem/?q=th%C3%B4n');
  await expect(page.locator('#search-status')).toHaveText(/kết quả/);
  const toggle = page.getByText('Lọc kết quả');
  await expect(toggle).toBeVisible();
  const box = page.getByRole('checkbox', { name: 'Cách làm hay' });
  await expect(box).toBeHidden();
  // The first result is on the first screen.
  const first = (await page.locator('#search-results li').first().boundingBox())!;
  expect(first.y).toBeLessThan(740);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(box).toBeVisible();
  await box.check();
  await expect(page).toHaveURL(/loai-noi-dung=/);
  await expect(toggle).toContainText('đang chọn 1');
  await expect(box).toBeVisible();
});

test('the search box in the header works from any page and lands on the search page with results', async ({ page }) => {
  await page.goto('/phong-trao/');
  const form = page.getByRole('search');
  await form.getByRole('searchbox').fill('nong thon moi');
  await form.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=nong\+thon\+moi/);
  await expect(page.locator('#search-status')).toHaveText(/\d+ kết quả/);
  await expect(page.locator('#search-results mark').first()).toBeVisible();
});

test('no result and no query give help, not a blank page', async ({ page }) => {
  await search(page, 'qqqxxzz');
  await expect(page.locator('#search-status')).toHaveText(/Không tìm thấy/);
  await expect(page.locator('#search-help')).toBeVisible();
  await expect(page.locator('#search-help').getByRole('link').first()).toBeVisible();
  await page.goto('/tim-kiem/');
  await expect(page.locator('#search-status')).toHaveText(/Gõ từ cần tìm/);
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('<script>alert(1)</script>'.repeat(40))}`);
  await expect(page.locator('#search-status')).toHaveText(/Không tìm thấy|kết quả/);
});

test('results show the title, a picture and the match marked in the original text', async ({ page }) => {
  await search(page, 'duong');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('h2 a')).toBeVisible();
  await expect(first.locator('img')).toHaveAttribute('src', /\.(webp|avif|jpg)/);
  const marks = await page.locator('#search-results mark').allTextContents();
  expect(marks.some((m) => /đường|dương|Đường|Dương/i.test(m))).toBe(true);
});

test('an excerpt reads as Pagefind wrote it, spaces after a marked word included', async ({ page }) => {
  await search(page, 'duong');
  const shown = await page.locator('#search-results li').evaluateAll((items) =>
    items.map((li) => ({
      url: li.querySelector('h2 a')!.getAttribute('href')!,
      text: li.querySelector('div > p:last-child')!.textContent!,
    })),
  );
  expect(shown.length).toBeGreaterThan(0);
  // The same excerpts straight from Pagefind, markup removed.
  const fromPagefind = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string }> }[] }>;
    };
    const { results } = await pagefind.search('duong');
    const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    return Object.fromEntries(
      data.map((d) => [d.url, new DOMParser().parseFromString(`<p>${d.excerpt}</p>`, 'text/html').body.textContent]),
    );
  });
  const compared = shown.filter((s) => fromPagefind[s.url] !== undefined);
  expect(compared.length).toBeGreaterThan(0);
  for (const { url, text } of compared) expect(text, url).toBe(fromPagefind[url]);
});

test('without JavaScript the search page explains itself and offers the listings', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tim-kiem/?q=duong');
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeVisible();
  await context.close();
});

test('the search page with results and filters passes axe', async ({ page }) => {
  await search(page, 'nông thôn mới');
  await page.getByText('Lọc kết quả').click();
  await expect(page.locator('#search-filters fieldset').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('pages with the word exactly as typed come first: "hồi" (star anise) before "hội" (association)', async ({ page }) => {
  await page.goto('/tim-kiem/?q=h%E1%BB%93i');
  await expect(page.locator('#search-status')).toHaveText(/\d+ kết quả/);
  const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const exact: boolean[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    // What Pagefind indexed: the page's data-pagefind-body without its ignored parts.
    const indexed = await page.locator('[data-pagefind-body]').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    exact.push(hasExactWords(indexed, 'hồi'));
  }
  expect(exact.some(Boolean)).toBe(true);
  expect(exact.some((e) => !e)).toBe(true);
  // Once a page without "hồi" appears, no page with it follows in the batch.
  expect(exact.slice(exact.indexOf(false)).some(Boolean)).toBe(false);
});
