import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';

/** Files a page can name another file in. */
const TEXT_FILES = new Set(['.html', '.xml', '.json', '.txt', '.csv', '.css', '.js', '.mjs', '.webmanifest']);

const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((name) => join(dir, name))
        .filter((path) => statSync(path).isFile())
    : [];
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Removes from `distDir` every file that is, byte for byte, a picture of `imagesDir`: the
 * originals, with what the camera wrote in them (place, owner), that Astro copies for every
 * picture an entry names. Astro removes such a copy itself only when it has made resized
 * copies and no page read the original, so the cover of a person who withdrew consent (no
 * page shows it) stayed. Throws, naming the pages, if a page links to an original: that page
 * must use the resized copies (src/lib/images.ts).
 */
export function removeOriginalPictures(imagesDir: string, distDir: string): string[] {
  const originals = new Map<number, Set<string>>();
  for (const path of filesIn(imagesDir)) {
    const size = statSync(path).size;
    originals.set(size, (originals.get(size) ?? new Set()).add(hashOf(path)));
  }
  const dist = filesIn(distDir);
  const found = dist.filter((path) => originals.get(statSync(path).size)?.has(hashOf(path)));
  if (found.length === 0) return [];

  const names = found.map((path) => basename(path));
  const rel = (path: string) => relative(distDir, path).split(sep).join('/');
  const linking = dist
    .filter((path) => TEXT_FILES.has(extname(path)) && !found.includes(path))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return names.filter((name) => text.includes(name)).map((name) => `${rel(path)} → ${name}`);
    });
  if (linking.length) {
    throw new Error(
      `Trang dẫn tới ảnh gốc (còn thông tin máy ảnh ghi: nơi chụp, chủ máy), không được đăng:\n${linking.join('\n')}\n` +
        'Trang phải dùng bản thu nhỏ (src/lib/images.ts, CoverPicture.astro), không đọc thuộc tính của ảnh nhập vào (src.src, src.width…) mà dùng pictureInfo().',
    );
  }
  for (const path of found) unlinkSync(path);
  return found.map(rel);
}
