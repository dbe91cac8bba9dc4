import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { parse } from 'yaml';
import { PAGE_SIZE } from '#lib/site/pagination.ts';
import { STAGE_LABELS, type Stage } from '#schemas/vocabulary.ts';
import { htmlFiles, urlPath } from './helpers/built-site.ts';

// What the content says is what a resident sees: expectations are read from content/, one
// entry at a time, never typed in here.
test.use({ javaScriptEnabled: false });

const entries = <T>(dir: string) =>
  readdirSync(join('content', dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...(parse(readFileSync(join('content', dir, f), 'utf8').split(/^---$/m)[1] ?? '') as T) }));

// People who withdrew consent (content/people/): a story listing one is not published, nor one dated later than today.
const withdrawn = new Set(
  readdirSync(join('content', 'people'))
    .filter((f) => (parse(readFileSync(join('content', 'people', f), 'utf8')) as { consent?: { withdrawn?: unknown } }).consent?.withdrawn)
    .map((f) => f.replace(/\.ya?ml$/, '')),
);
const due = (date: unknown) => new Date(String(date instanceof Date ? date.toISOString() : date)).getTime() <= Date.now();
interface ExemplarFront {
  title: string;
  stage: Stage;
  cover: { src: string };
  sample?: boolean;
  people?: string[];
  publishedAt: unknown;
}
const exemplars = entries<ExemplarFront>('exemplars').filter((e) => !(e.people ?? []).some((p) => withdrawn.has(p)) && due(e.publishedAt));
const scripts = entries<{ status: string; exemplars: string[]; title: string }>('scripts');

test('every sample exemplar says so at the top, and only sample exemplars do', async ({ page }) => {
  expect(exemplars.length).toBeGreaterThan(0);
  for (const exemplar of exemplars) {
    await page.goto(`/dien-hinh/${exemplar.id}/`);
    const notice = page.getByRole('note').filter({ hasText: 'Bài mẫu minh họa' });
    await expect(notice, exemplar.id).toHaveCount(exemplar.sample ? 1 : 0);
    if (exemplar.sample) {
      // Before the story: a reader sees it before believing the names and figures.
      const [noticeY, storyY] = await Promise.all([
        notice.evaluate((el) => el.getBoundingClientRect().top),
        page.locator('.story').evaluate((el) => el.getBoundingClientRect().top),
      ]);
      expect(noticeY).toBeLessThan(storyY);
    }
  }
});

test('an exemplar page shows its stage in the cycle, its loudspeaker scripts and its poster', async ({ page }) => {
  const exemplar = exemplars.find((e) => scripts.some((s) => s.status === 'da-duyet' && s.exemplars.includes(e.id))) ?? exemplars[0]!;
  await page.goto(`/dien-hinh/${exemplar.id}/`);
  await expect(page.locator('[aria-current="step"]')).toContainText(STAGE_LABELS[exemplar.stage]);
  await expect(page.locator('ol.stages > li')).toHaveCount(Object.keys(STAGE_LABELS).length);
  for (const script of scripts.filter((s) => s.status === 'da-duyet' && s.exemplars.includes(exemplar.id))) {
    await expect(page.locator(`a[href="/truyen-thanh/${script.id}/"]`)).toBeVisible();
  }
  for (const script of scripts.filter((s) => s.status !== 'da-duyet')) {
    await expect(page.locator(`a[href="/truyen-thanh/${script.id}/"]`), 'kịch bản chưa duyệt').toHaveCount(0);
  }
  await expect(page.locator(`a[href="/dien-hinh/${exemplar.id}/ap-phich/"]`)).toBeVisible();
});

test('the cover comes through astro:assets: modern formats, several widths, size set, loaded at once; cards below load lazily', async ({
  page,
}) => {
  await page.goto(`/dien-hinh/${exemplars[0]!.id}/`);
  const cover = page.locator('.cover picture');
  await expect(cover.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\s\d+w,.*\s\d+w/);
  await expect(cover.locator('source[type="image/webp"]')).toHaveCount(1);
  const img = cover.locator('img');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect(img).toHaveAttribute('sizes', /\S/);
  const related = page.locator('.cards img');
  expect(await related.count()).toBeGreaterThan(0);
  for (const loading of await related.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('loading')))) expect(loading).toBe('lazy');
});

test('a shared exemplar shows its own cover, 1200×630 JPEG at an absolute address; other pages the site picture', async ({
  page,
  request,
}) => {
  const sizeOf = async (url: string) => {
    const response = await request.get(new URL(url).pathname);
    expect(response.status(), url).toBe(200);
    return sharp(await response.body()).metadata();
  };
  await page.goto(`/dien-hinh/${exemplars[0]!.id}/`);
  const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(og).toMatch(/^https:\/\/[^/]+\/_astro\/.+\.jpe?g$/);
  // Astro names the optimised file after the source picture.
  expect(og).toContain(basename(exemplars[0]!.cover.src, extname(exemplars[0]!.cover.src)));
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og);
  expect(await sizeOf(og)).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });

  await page.goto('/thon/');
  const fallback = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(fallback).toMatch(/^https:\/\/[^/]+\/chia-se\.png$/);
  expect(await sizeOf(fallback)).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

test('Pagefind indexes only the main text of entry pages, never a listing', () => {
  // /dien-hinh/2/ is page 2 of the list, not an entry.
  const entryPage = /^\/(dien-hinh|cach-lam-hay)\/(?!\d+\/$)[^/]+\/$/;
  const checked = { entries: 0, listings: 0 };
  for (const file of htmlFiles()) {
    const path = urlPath(file);
    if (path.startsWith('/truyen-thanh/') || path.startsWith('/tim-kiem/')) continue; // their own helpers' rules
    const html = readFileSync(file, 'utf8');
    const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
    if (entryPage.test(path)) {
      checked.entries++;
      expect(bodies, path).toBe(1);
      // The element with data-pagefind-body holds the filters and the title.
      const article = html.slice(html.indexOf('data-pagefind-body'));
      expect(article.indexOf('data-pagefind-filter'), path).toBeGreaterThan(-1);
      expect(article.indexOf('<h1'), path).toBeGreaterThan(-1);
    } else {
      checked.listings++;
      expect(bodies, path).toBe(0);
    }
  }
  expect(checked.entries).toBeGreaterThan(0);
  expect(checked.listings).toBeGreaterThan(0);
  // npm run build has Pagefind read only entry pages (--glob): none of them may be missed.
  const withBody = htmlFiles().filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body')).length;
  const entry = JSON.parse(readFileSync(join('dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(withBody);
});

test('a long list continues page by page: every exemplar once, newest first, a page at most PAGE_SIZE long', async ({ page }) => {
  const seen: string[] = [];
  let pages = 1;
  await page.goto('/dien-hinh/');
  for (let n = 1; ; n++, pages++) {
    const cards = page.locator('.cards h3 a');
    expect(await cards.count(), `trang ${n}`).toBeLessThanOrEqual(PAGE_SIZE);
    seen.push(...(await cards.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
    const next = page.getByRole('link', { name: 'Trang sau →' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/dien-hinh/${n + 1}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`trang ${n + 1}`);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Điển hình' })).toHaveAttribute(
      'href',
      '/dien-hinh/',
    );
  }
  expect(seen.length).toBe(new Set(seen).size);
  expect(seen.sort()).toEqual(exemplars.map((e) => `/dien-hinh/${e.id}/`).sort());
  // More than one page with the sample content, so the links above were followed.
  expect(pages).toBeGreaterThan(1);
  const published = (id: string) => (exemplars.find((e) => `/dien-hinh/${e.id}/` === id) as unknown as { publishedAt: string }).publishedAt;
  await page.goto('/dien-hinh/');
  const firstPage = await page.locator('.cards h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const dates = firstPage.map((id) => new Date(published(id)).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('the poster prints on exactly one A4 page, with its QR code', async ({ page }) => {
  await page.goto(`/dien-hinh/${exemplars[0]!.id}/ap-phich/`);
  await expect(page.locator('.qr svg path').first()).toBeAttached();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  // The page size comes from the poster's @page rule: A4 portrait, 595 × 842 points.
  const [, width, height] = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
  expect(Math.round(Number(width))).toBe(595);
  expect(Math.round(Number(height))).toBe(842);
});
