import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeOriginalPictures } from '#lib/deploy/original-pictures.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
function site(files: Record<string, string | Buffer>) {
  root = mkdtempSync(join(tmpdir(), 'anh-goc-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { images: join(root, 'content/images'), dist: join(root, 'dist') };
}

let PHOTO: Buffer; // as a phone writes it: with the camera's owner in its EXIF
let PLAIN: Buffer; // as sharp writes it: nothing but pixels
beforeAll(async () => {
  const picture = () => sharp({ create: { width: 64, height: 40, channels: 3, background: '#3a7d44' } });
  PHOTO = await picture()
    .jpeg()
    .withExif({ IFD0: { Artist: 'Chủ máy ảnh' } })
    .toBuffer();
  PLAIN = await picture().png().toBuffer();
});

describe('removeOriginalPictures', () => {
  it('removes every copy of an original no page links to, whatever its name, and keeps the resized copies', async () => {
    const resized = Buffer.alloc(PHOTO.length, 1);
    const { images, dist } = site({
      'content/images/anh.jpg': PHOTO,
      'dist/_astro/anh.Ab12Cd.jpg': PHOTO,
      'dist/khac/ten-khac.jpg': PHOTO,
      'dist/_astro/anh.Ab12Cd_x1.jpg': resized,
      'dist/index.html': '<img src="/_astro/anh.Ab12Cd_x1.jpg">',
    });
    expect((await removeOriginalPictures(images, dist)).sort()).toEqual(['_astro/anh.Ab12Cd.jpg', 'khac/ten-khac.jpg']);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd.jpg'))).toBe(false);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd_x1.jpg'))).toBe(true);
  });

  it("leaves the search index's folder, written meanwhile, and a file that is not there (a broken link) alone", async () => {
    const { images, dist } = site({
      'content/images/anh.jpg': PHOTO,
      'dist/_astro/anh.Ab12Cd.jpg': PHOTO,
      'dist/pagefind/fragment/vi_1.pf_fragment': PHOTO,
      'dist/index.html': '<p>Trang chủ</p>',
    });
    symlinkSync(join(dist, 'khong-co.html'), join(dist, 'da-xoa.html'));
    expect(await removeOriginalPictures(images, dist)).toEqual(['_astro/anh.Ab12Cd.jpg']);
    expect(existsSync(join(dist, 'pagefind/fragment/vi_1.pf_fragment'))).toBe(true);
  });

  it('stops, naming the page, when a page links to an original that carries camera data', async () => {
    const { images, dist } = site({
      'content/images/anh.jpg': PHOTO,
      'dist/_astro/anh.Ab12Cd.jpg': PHOTO,
      'dist/dien-hinh/x/index.html': '<meta property="og:image" content="/_astro/anh.Ab12Cd.jpg">',
    });
    await expect(removeOriginalPictures(images, dist)).rejects.toThrow(/dien-hinh\/x\/index\.html → anh\.Ab12Cd\.jpg/);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd.jpg'))).toBe(true);
  });

  it('keeps a linked copy with the same bytes that carries nothing (a small picture sharp re-encodes as it was)', async () => {
    const { images, dist } = site({
      'content/images/nho.png': PLAIN,
      'dist/_astro/nho.Ab12Cd_x1.png': PLAIN,
      'dist/index.html': '<img src="/_astro/nho.Ab12Cd_x1.png">',
    });
    expect(await removeOriginalPictures(images, dist)).toEqual([]);
    expect(existsSync(join(dist, '_astro/nho.Ab12Cd_x1.png'))).toBe(true);
  });

  it('does nothing when dist/ holds no original', async () => {
    const { images, dist } = site({ 'content/images/anh.jpg': PHOTO, 'dist/index.html': '<p>Trang</p>' });
    expect(await removeOriginalPictures(images, dist)).toEqual([]);
  });
});
