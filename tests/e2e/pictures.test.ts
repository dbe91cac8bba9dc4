import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { dist } from './helpers/built-site.ts';

// A resident opens a story on a phone: the cover arrives resized, and what the camera wrote
// in the original (place, owner) is in no file of the built site.
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('no picture in dist/ is an original from content/images/, and none carries EXIF, XMP or IPTC', async () => {
  const originals = filesIn(join(process.cwd(), 'content/images'));
  const sizes = new Set(originals.map((path) => statSync(path).size));
  const hashes = new Set(originals.map(sha256));
  const pictures = filesIn(dist).filter((path) => /\.(jpe?g|png|webp|avif)$/i.test(path));
  expect(pictures.length).toBeGreaterThan(originals.length);
  expect(filesIn(dist).filter((path) => sizes.has(statSync(path).size) && hashes.has(sha256(path)))).toEqual([]);
  for (const path of pictures) {
    const { exif, xmp, iptc } = await sharp(path).metadata();
    expect({ path, exif, xmp, iptc }).toEqual({ path, exif: undefined, xmp: undefined, iptc: undefined });
  }
});

test('a story page on a phone shows its cover from a resized copy', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dien-hinh/');
  await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click();
  const cover = page.getByRole('main').getByRole('img').first();
  await expect(cover).toBeVisible();
  const shown = await cover.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.naturalWidth, complete: img.complete }));
  expect(shown.complete).toBe(true);
  expect(shown.width).toBeGreaterThan(0);
  expect(shown.width).toBeLessThanOrEqual(1080);
  expect(shown.src).toMatch(/\/_astro\/[^/]+_[\w-]+\.(avif|webp|jpg)$/);
});
