import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { dist, htmlFiles, onePagePerKind, urlPath } from './helpers/built-site.ts';

// Residents read on cheap phones over slow mobile networks: a page and its styles arrive in
// the first network round trip (14 KiB compressed), with no JavaScript, except the search.
const BUDGET = 14 * 1024;
const isSearch = (path: string) => path.startsWith('/tim-kiem/');
// Exempt: the office's reports (/bao-cao/<year>/, /bao-cao/<year>/6-thang/) list every exemplar,
// recognition and practice of a plan year, so their size grows with the year's content
// (docs/bao-cao.md); they are documents the officer prints or downloads at a desk, not pages
// residents open on a phone. No JavaScript either.
const isReport = (path: string) => /^\/bao-cao\/\d{4}\//.test(path);
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('every page but search: HTML + CSS within 14 KiB gzip, and no JavaScript', () => {
  const files = htmlFiles().filter((file) => !isSearch(urlPath(file)));
  expect(files.length).toBeGreaterThan(5);
  const over: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    expect(html, urlPath(file)).not.toMatch(/<script\b/i);
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(([, href]) => readFileSync(join(dist, href!)));
    const bytes = gz(html) + css.reduce((sum, sheet) => sum + gz(sheet), 0);
    if (bytes > BUDGET && !isReport(urlPath(file))) over.push(`${urlPath(file)}: ${bytes} B`);
  }
  expect(over).toEqual([]);
});

test.describe('images on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, javaScriptEnabled: false });

  // One browser page for all of them: a new one per path cost more than the checks.
  test('images are no wider than shown, in modern formats, with their size set, on every kind of page', async ({ page }) => {
    for (const path of onePagePerKind().filter((p) => !isSearch(p))) {
      await test.step(path, async () => {
        await page.goto(path);
        const images = await page.locator('img').evaluateAll((elements) =>
          (elements as HTMLImageElement[]).map((img) => ({
            src: img.currentSrc || img.src,
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            natural: img.naturalWidth,
            shown: img.getBoundingClientRect().width,
            complete: img.complete,
          })),
        );
        for (const image of images) {
          expect.soft(image.width && image.height, `${path}: ${image.src}: thiếu width/height`).toBeTruthy();
          if (!image.complete || image.natural === 0 || image.src.endsWith('.svg') || image.src.startsWith('data:')) continue;
          expect.soft(image.src, `${path}: định dạng ảnh`).toMatch(/\.(avif|webp)(\?|$)/);
          // A srcset step above the shown size at this screen's density is fine; twice that is waste.
          expect
            .soft(image.natural, `${path}: ${image.src} rộng ${image.natural}px mà chỉ hiện ${image.shown}px`)
            .toBeLessThanOrEqual(Math.max(image.shown * 2 * 1.5, 64));
        }
      });
    }
  });
});
