import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import {
  PICTURE_EXTENSIONS,
  PICTURE_FOLDER,
  PICTURE_FORMAT_NAMES as FORMAT_NAMES,
  PICTURE_LIMITS,
  PLACEHOLDER_PICTURE_MARK,
} from '../content/picture-limits.ts';

/** What a picture's content is, read by sharp. */
export type PictureFacts =
  | { readable: false }
  | {
      readable: true;
      /** sharp's name; AVIF is "avif" here (sharp says heif with av1). */
      format: string;
      width: number;
      height: number;
      /** Decoded to the last pixel without a warning; undefined when not tried (format or size refused first). */
      whole?: boolean | undefined;
      /** The temporary cover `npm run new` draws (PLACEHOLDER_PICTURE_MARK in its EXIF). */
      placeholder?: boolean | undefined;
    };

/** Facts about every file under content/images/, by real path. */
export type PictureInspection = ReadonlyMap<string, PictureFacts>;

export interface PictureProblem {
  message: string;
  hint: string;
}

const HINT_PLACE = 'Chép ảnh vào thư mục content/images/ rồi ghi đường dẫn tính từ thư mục của bài, ví dụ "../images/ten-anh.jpg".';
const HINT_SHRINK = `Thu nhỏ ảnh: cạnh dài khoảng 2400 điểm ảnh là đủ cho mọi trang (ví dụ mở bằng Paint, chọn Resize, ghi 2400), rồi lưu dạng JPEG.`;
const HINT_RESAVE = 'Mở ảnh bằng một trình xem ảnh và lưu thành tệp JPEG (.jpg) mới, hoặc chụp hoặc xuất lại ảnh từ máy gốc.';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * What is wrong with the picture `src` written in an entry in `entryDir`, or undefined.
 * Without `inspection` (what inspectPictures found) only the path and the file size are
 * checked: `npm run check` and the build always pass it.
 */
export function pictureProblem(
  src: string,
  place: { root: string; entryDir: string; inspection?: PictureInspection | undefined },
): PictureProblem | undefined {
  const imagesDir = resolve(place.root, PICTURE_FOLDER);
  const shown = src.length > 60 ? `${src.slice(0, 60)}…` : src;
  if (/^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      message: `Ảnh "${shown}" là một địa chỉ, không phải tệp: ảnh phải là tệp trong thư mục ${PICTURE_FOLDER}/.`,
      hint: `Tải ảnh về máy (có sự đồng ý của người trong ảnh và người chụp), ${HINT_PLACE.charAt(0).toLowerCase()}${HINT_PLACE.slice(1)}`,
    };
  }
  if (src.includes('\\')) {
    return {
      message: `Đường dẫn ảnh "${shown}" dùng dấu \\.`,
      hint: `Dùng dấu /, ví dụ "../images/${basename(src.replaceAll('\\', '/'))}".`,
    };
  }
  if (src.startsWith('/')) {
    return { message: `Đường dẫn ảnh "${shown}" bắt đầu bằng dấu /: đường dẫn phải tính từ thư mục của bài.`, hint: HINT_PLACE };
  }
  const path = resolve(place.entryDir, src);
  const suggestion = relative(place.entryDir, join(imagesDir, basename(src)))
    .split(sep)
    .join('/');
  if (!isInside(imagesDir, path)) {
    return {
      message: `Ảnh "${shown}" nằm ngoài thư mục ${PICTURE_FOLDER}/: chỉ ảnh trong thư mục đó mới được đăng.`,
      hint: `Chép ảnh vào ${PICTURE_FOLDER}/ rồi ghi "${suggestion}".`,
    };
  }
  if (!existsSync(path)) {
    return {
      message: `Không tìm thấy ảnh "${shown}".`,
      hint: `Kiểm tra tên tệp trong ${PICTURE_FOLDER}/ (chữ không dấu, phần đuôi .jpg), và đường dẫn tính từ thư mục của bài, ví dụ "${suggestion}".`,
    };
  }
  // A link inside content/images/ that points elsewhere (the build would publish what it points to).
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { message: `Không đọc được ảnh "${shown}".`, hint: HINT_PLACE };
  }
  if (!isInside(realpathSync(imagesDir), real)) {
    return {
      message: `Ảnh "${shown}" là lối tắt tới một tệp ngoài thư mục ${PICTURE_FOLDER}/.`,
      hint: `Chép chính tệp ảnh vào ${PICTURE_FOLDER}/, không dùng lối tắt.`,
    };
  }
  const stats = statSync(real);
  if (!stats.isFile())
    return { message: `"${shown}" là một thư mục, không phải tệp ảnh.`, hint: `Ghi cả tên tệp ảnh, ví dụ "${suggestion}/ten-anh.jpg".` };
  // Windows and macOS find "Anh.JPG" for "anh.jpg"; the build server does not.
  if (!readdirSync(dirname(real)).includes(basename(real))) {
    const actual = readdirSync(dirname(real)).find((name) => name.toLowerCase() === basename(real).toLowerCase());
    return {
      message: `Tên tệp ảnh "${basename(src)}" khác chữ hoa, chữ thường với tệp có thật${actual ? ` "${actual}"` : ''}.`,
      hint: 'Ghi tên tệp đúng từng chữ hoa, chữ thường (nên đặt tên toàn chữ thường).',
    };
  }
  const ext = extname(real).toLowerCase();
  if (!(PICTURE_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      message: `Tệp "${basename(src)}" không phải ảnh dùng được: chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF (${PICTURE_EXTENSIONS.join(', ')}).`,
      hint: hintForFormat(ext.slice(1)),
    };
  }
  if (stats.size > PICTURE_LIMITS.maxBytes) {
    return { message: `Ảnh "${basename(src)}" nặng ${mb(stats.size)}, quá giới hạn ${mb(PICTURE_LIMITS.maxBytes)}.`, hint: HINT_SHRINK };
  }
  const facts = place.inspection?.get(real);
  if (!facts) return undefined;
  if (!facts.readable) {
    return { message: `Tệp "${basename(src)}" không phải là ảnh, hoặc hỏng đến mức không đọc được.`, hint: HINT_RESAVE };
  }
  if (!FORMAT_NAMES[facts.format]) {
    return {
      message: `Tệp "${basename(src)}" là ảnh ${formatLabel(facts.format)}, dù có đuôi ${ext}: chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF.`,
      hint: hintForFormat(facts.format),
    };
  }
  if (Math.max(facts.width, facts.height) > PICTURE_LIMITS.maxSide) {
    return {
      message: `Ảnh "${basename(src)}" rộng ${facts.width} × cao ${facts.height} điểm ảnh, cạnh dài quá ${PICTURE_LIMITS.maxSide} điểm ảnh.`,
      hint: HINT_SHRINK,
    };
  }
  if (facts.whole === false) {
    return {
      message: `Ảnh "${basename(src)}" bị hỏng hoặc thiếu một phần: không đọc được trọn vẹn.`,
      hint: `Tệp có thể bị cắt giữa chừng khi chép hay tải lên. Chép lại từ máy gốc. ${HINT_RESAVE}`,
    };
  }
  return undefined;
}

function formatLabel(format: string): string {
  return format === 'svg' ? 'SVG (hình vẽ)' : format === 'heic' ? 'HEIC (ảnh iPhone)' : format.toUpperCase();
}

function hintForFormat(format: string): string {
  if (format === 'svg') return 'Ảnh SVG là hình vẽ, có thể chứa mã chạy: xuất hình ra PNG (Inkscape: Export PNG) rồi dùng tệp PNG.';
  if (format === 'heic' || format === 'heif')
    return 'Ảnh HEIC của iPhone: trên iPhone chọn Cài đặt > Camera > Định dạng > Tương thích nhất, hoặc gửi ảnh qua Zalo rồi lưu lại, sẽ được tệp JPEG.';
  return HINT_RESAVE;
}

/**
 * Reads every file under content/images/ with sharp: its real format, its size in pixels,
 * and (for the formats and sizes the rules allow) every pixel, so that a truncated or
 * corrupt file is found before the build makes copies of it. A picture already read, with
 * the same size and time of change, is taken from a cache in node_modules/.cache/.
 */
export async function inspectPictures(root: string): Promise<PictureInspection> {
  const imagesDir = resolve(root, PICTURE_FOLDER);
  const found = new Map<string, PictureFacts>();
  if (!existsSync(imagesDir)) return found;
  const realImages = realpathSync(imagesDir);
  const files = readdirSync(imagesDir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(imagesDir, name))
    .flatMap((path) => {
      try {
        const real = realpathSync(path);
        const stats = statSync(real);
        return isInside(realImages, real) && stats.isFile() && stats.size <= PICTURE_LIMITS.maxBytes ? [{ real, stats }] : [];
      } catch {
        return [];
      }
    });

  const cache = new PictureCache(root);
  const queue = [...new Map(files.map((file) => [file.real, file])).values()];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = `${file.stats.size}:${file.stats.mtimeMs}`;
      const facts = cache.get(file.real, key) ?? (await readPicture(file.real));
      cache.set(file.real, key, facts);
      found.set(file.real, facts);
    }
  };
  // One picture at a time: libvips reports a decoder's warning (a truncated file) to whichever
  // operation runs, so pictures read side by side could pass a broken one (seen: 27 of 30 rounds).
  await worker();
  cache.save();
  return found;
}

// libvips keeps decoded files by path: a picture replaced under the same name must be read again.
sharp.cache(false);

async function readPicture(path: string): Promise<PictureFacts> {
  let metadata: Metadata;
  try {
    // The header only: no pixel limit here, so that a 20000×20000 picture is measured, not decoded.
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    return { readable: false };
  }
  const format = metadata.format === 'heif' ? (metadata.compression === 'av1' ? 'avif' : 'heic') : metadata.format;
  const placeholder = metadata.exif?.includes(PLACEHOLDER_PICTURE_MARK) ?? false;
  const facts = { readable: true as const, format, width: metadata.width, height: metadata.height, placeholder };
  if (!FORMAT_NAMES[format] || Math.max(facts.width, facts.height) > PICTURE_LIMITS.maxSide) return facts;
  try {
    // Every pixel is decoded at full size (a JPEG shrunk on load may stop before its last bytes),
    // without keeping them (stats() reads and forgets); any warning from the decoder means the
    // file is not whole.
    await sharp(path, { failOn: 'warning', limitInputPixels: PICTURE_LIMITS.maxSide ** 2 }).stats();
    // libvips reports a JPEG's missing end as a warning, which a busy machine was seen to lose:
    // the end-of-image marker after the last scan is read from the bytes as well.
    if (format === 'jpeg' && !jpegHasEnd(readFileSync(path))) return { ...facts, whole: false };
    return { ...facts, whole: true };
  } catch {
    return { ...facts, whole: false };
  }
}

/**
 * A JPEG ends with its end-of-image marker (FF D9) after its last start-of-scan (FF DA): inside
 * the coded data a byte FF is always followed by 00 or a restart marker, so the pair cannot
 * occur there by chance. Data some cameras append after the end is allowed.
 */
function jpegHasEnd(bytes: Buffer): boolean {
  const lastScan = bytes.lastIndexOf(Buffer.from([0xff, 0xda]));
  return lastScan >= 0 && bytes.indexOf(Buffer.from([0xff, 0xd9]), lastScan + 2) >= 0;
}

/** Facts by real path, kept while the file's size and time of change stay the same. */
class PictureCache {
  private readonly file: string;
  private readonly entries: Record<string, { key: string; facts: PictureFacts }>;
  private readonly used: Record<string, { key: string; facts: PictureFacts }> = {};
  private changed = false;
  // A new sharp (libvips) may read a file differently: its version is part of the cache.
  private static readonly VERSION = `3:${PICTURE_LIMITS.maxSide}:${sharp.versions.vips}`;

  constructor(root: string) {
    this.file = join(root, 'node_modules/.cache/content-check/pictures.json');
    let stored: { version?: string; entries?: PictureCache['entries'] } = {};
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8')) as typeof stored;
    } catch {
      // No cache yet, or a damaged one: read every picture again.
    }
    this.entries = stored.version === PictureCache.VERSION && stored.entries ? stored.entries : {};
  }

  get(path: string, key: string): PictureFacts | undefined {
    const entry = this.entries[path];
    return entry?.key === key ? entry.facts : undefined;
  }

  set(path: string, key: string, facts: PictureFacts): void {
    if (this.entries[path]?.key !== key) this.changed = true;
    this.used[path] = { key, facts };
  }

  /** Writes what this check read (so removed pictures leave the cache), if anything changed. */
  save(): void {
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: PictureCache.VERSION, entries: this.used }));
      renameSync(temporary, this.file);
    } catch {
      // A read-only checkout: check again next time.
    }
  }
}
