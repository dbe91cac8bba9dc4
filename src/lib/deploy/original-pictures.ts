import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import sharp from 'sharp';

/** Files a page can name another file in. */
const TEXT_FILES = new Set(['.html', '.xml', '.json', '.txt', '.csv', '.css', '.js', '.mjs', '.webmanifest']);

/** The search index's folder, written by Pagefind while this runs; it holds no picture. */
const SEARCH_INDEX = 'pagefind';

/** Every file under `dir` with its size, the search index's folder and files that are not there (a broken link) left out. */
const filesIn = (dir: string): { path: string; size: number }[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
        if (name === SEARCH_INDEX || name.startsWith(`${SEARCH_INDEX}${sep}`)) return [];
        const path = join(dir, name);
        const stat = statSync(path, { throwIfNoEntry: false });
        return stat?.isFile() ? [{ path, size: stat.size }] : [];
      })
    : [];
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Removes from `distDir` every file that is, byte for byte, a picture of `imagesDir` and that no
 * page links to: the originals Astro copies for every picture an entry names, and deletes only
 * when it has made resized copies and no page read the original, so the cover of a person who
 * withdrew consent (no page shows it) stayed. A linked file with the same bytes is kept if it
 * carries no camera data: sharp made it (it writes none), from a small picture that re-encodes
 * to the same bytes. One that carries EXIF, XMP or IPTC is the original with what the camera wrote
 * (place, owner): then this throws, naming the pages, which must use the resized copies.
 */
export async function removeOriginalPictures(imagesDir: string, distDir: string): Promise<string[]> {
  const originals = new Map<number, Set<string>>();
  for (const { path, size } of filesIn(imagesDir)) originals.set(size, (originals.get(size) ?? new Set()).add(hashOf(path)));
  const dist = filesIn(distDir);
  const found = dist.filter(({ path, size }) => originals.get(size)?.has(hashOf(path))).map(({ path }) => path);
  if (found.length === 0) return [];

  const rel = (path: string) => relative(distDir, path).split(sep).join('/');
  const pages = dist
    .map(({ path }) => path)
    .filter((path) => TEXT_FILES.has(extname(path)) && !found.includes(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const removed: string[] = [];
  const published: string[] = [];
  for (const path of found) {
    const linking = pages.filter(({ text }) => text.includes(basename(path)));
    if (linking.length === 0) {
      unlinkSync(path);
      removed.push(rel(path));
    } else if (await carriesCameraData(path)) {
      published.push(...linking.map((page) => `${rel(page.path)} → ${basename(path)}`));
    }
  }
  if (published.length) {
    throw new Error(
      `Trang dẫn tới ảnh gốc còn thông tin máy ảnh ghi (nơi chụp, chủ máy), không được đăng:\n${published.join('\n')}\n` +
        'Trang phải dùng bản thu nhỏ (src/lib/content/images.ts, CoverPicture.astro): đọc cỡ ảnh bằng pictureInfo(), không đọc src.src, src.width… của ảnh nhập vào.',
    );
  }
  return removed;
}

async function carriesCameraData(path: string): Promise<boolean> {
  try {
    const { exif, xmp, iptc } = await sharp(path).metadata();
    return Boolean(exif || xmp || iptc);
  } catch {
    return true;
  }
}
