import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeOriginalPictures } from '../../src/lib/original-pictures.ts';

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
const ORIGINAL = Buffer.from('ảnh gốc, với vị trí chụp');
const RESIZED = Buffer.alloc(ORIGINAL.length, 1);

describe('removeOriginalPictures', () => {
  it('removes every copy of an original, whatever its name, and keeps resized copies of the same size', () => {
    const { images, dist } = site({
      'content/images/anh.jpg': ORIGINAL,
      'dist/_astro/anh.Ab12Cd.jpg': ORIGINAL,
      'dist/khac/ten-khac.jpg': ORIGINAL,
      'dist/_astro/anh.Ab12Cd_x1.jpg': RESIZED,
      'dist/index.html': '<img src="/_astro/anh.Ab12Cd_x1.jpg">',
    });
    expect(RESIZED.length).toBe(ORIGINAL.length);
    expect(removeOriginalPictures(images, dist).sort()).toEqual(['_astro/anh.Ab12Cd.jpg', 'khac/ten-khac.jpg']);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd.jpg'))).toBe(false);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd_x1.jpg'))).toBe(true);
  });

  it('stops, naming the page, when a page links to an original', () => {
    const { images, dist } = site({
      'content/images/anh.jpg': ORIGINAL,
      'dist/_astro/anh.Ab12Cd.jpg': ORIGINAL,
      'dist/dien-hinh/x/index.html': '<meta property="og:image" content="/_astro/anh.Ab12Cd.jpg">',
    });
    expect(() => removeOriginalPictures(images, dist)).toThrow(/dien-hinh\/x\/index\.html → anh\.Ab12Cd\.jpg/);
    expect(existsSync(join(dist, '_astro/anh.Ab12Cd.jpg'))).toBe(true);
  });

  it('does nothing when dist/ holds no original', () => {
    const { images, dist } = site({ 'content/images/anh.jpg': ORIGINAL, 'dist/index.html': '<p>Trang</p>' });
    expect(removeOriginalPictures(images, dist)).toEqual([]);
  });
});
