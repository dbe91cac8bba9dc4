import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { entryIdFromPath } from '../../content-ids.ts';
import { SLUG_PATTERN } from '#schemas/common.ts';
import { COLLECTIONS, SCRIPT_LANGUAGES, type CollectionName } from '#schemas/vocabulary.ts';
import { FILE_FIELD, type Problem } from '../content-check/problem.ts';
import { vietnameseSlug } from '../text/slug.ts';
import { createHash } from 'node:crypto';

/**
 * Which files in content/ are entries: the one list that `npm run check`, the build's
 * check and the collections' loaders all read (src/lib/content/loaders.ts), so that no
 * file is published without being checked and none is dropped without a word.
 *
 * - `<collection>/**` with the collection's extension (`.mdx`, or `.yaml`/`.yml`), in lower
 *   case, at any depth (editors sort stories into year folders): an entry, id = file name.
 *   Below `scripts/<lang>/` (tyz, nut): the Tày or Nùng version of a script, id `<lang>/<name>`.
 * - A file or folder whose name starts with `_`: a draft. Checked like an entry but never
 *   published; the checker reports it as a draft, and private details in it stay errors,
 *   since drafts are in the repository too.
 * - Anything else that looks like content (`.MDX`, `.md`, `.json`, a hidden `.x.mdx`, a
 *   symbolic link…) is refused by name, with a Vietnamese problem, never skipped silently.
 *   Other files (pictures, `.DS_Store`) are not content and are left alone.
 */

export type ContentFormat = 'yaml' | 'mdx';

/** The Tày and Nùng versions of scripts (content/scripts/<lang>/): a collection of their own. */
export const SCRIPT_VERSIONS = 'scriptVersions';
/** What a loader loads: a collection of content/, or the versions of scripts. */
export type LoadedCollection = CollectionName | typeof SCRIPT_VERSIONS;

/** The folder of content/ where a loaded collection's files sit. */
export function folderOf(collection: LoadedCollection): CollectionName {
  return collection === SCRIPT_VERSIONS ? 'scripts' : collection;
}

export const FORMAT: Record<LoadedCollection, ContentFormat> = {
  plans: 'yaml',
  movements: 'yaml',
  units: 'yaml',
  villages: 'yaml',
  people: 'yaml',
  exemplars: 'mdx',
  practices: 'mdx',
  scripts: 'mdx',
  [SCRIPT_VERSIONS]: 'mdx',
};
export const EXTENSIONS: Record<ContentFormat, readonly string[]> = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] };
/** Files that look like content, compared in lower case: refused by name when not read. */
const CONTENT_LIKE = ['.md', '.markdown', '.mdx', '.yaml', '.yml', '.json', '.txt', '.html', '.htm', '.doc', '.docx', '.odt', '.rtf'];
export const DRAFT_MARK = '_';

export interface ContentFile {
  collection: LoadedCollection;
  /** Path from the project root, with forward slashes: how problems and the store name it. */
  file: string;
  /** Path from the collection's folder, with forward slashes. */
  entry: string;
  id: string;
  /** A name on its path starts with `_`: checked, not published. */
  draft: boolean;
  /**
   * The file as the content check read and parsed it, handed to the loaders so that a build
   * reads and parses each file once: a digest of its text, its frontmatter as written, its body.
   */
  read?: FileRead | undefined;
}

export interface FileRead {
  digest: string;
  data: unknown;
  body: string;
}

/** What a loader compares to know a file is unchanged since the last build. */
export const digestOf = (text: string) => createHash('sha1').update(text).digest('hex');

export interface ContentFiles {
  /** What the site publishes, each collection in COLLECTIONS order, each sorted by path. */
  entries: ContentFile[];
  /** What `check` reads and the site does not publish. */
  drafts: ContentFile[];
  /** Files refused by name: wrong extension, hidden, a link, an id that cannot be an address. */
  problems: Problem[];
}

/** Every content file under `<root>/content`, for the given collections (all by default). */
export function discoverContentFiles(root: string, collections: readonly CollectionName[] = COLLECTIONS): ContentFiles {
  const found: ContentFiles = { entries: [], drafts: [], problems: [] };
  for (const collection of collections) {
    const dir = join(root, 'content', collection);
    const seen = new Map<string, string>();
    for (const path of walk(dir, root, found.problems)) {
      const entry = relative(dir, path).split(sep).join('/');
      const file = relative(root, path).split(sep).join('/');
      const refuse = (message: string, hint: string) => found.problems.push({ file, line: 1, field: FILE_FIELD, severity: 'error', message, hint });
      const parts = entry.split('/');
      const name = parts[parts.length - 1]!;
      const ext = extname(name);
      const lower = ext.toLowerCase();
      const allowed = EXTENSIONS[FORMAT[collection]];
      const expected = allowed.join(' hoặc ');
      if (parts.some((part) => part.startsWith('.'))) {
        if (CONTENT_LIKE.includes(lower)) {
          refuse(
            `Tệp ẩn (tên tệp hoặc thư mục bắt đầu bằng dấu chấm) sẽ không được đọc.`,
            `Bỏ dấu chấm ở đầu tên; nếu là bản nháp, đặt dấu ${DRAFT_MARK} ở đầu tên. Tệp "._…" do máy Mac tạo ra thì xóa đi.`,
          );
        }
        continue;
      }
      if (lstatSync(path).isSymbolicLink()) {
        refuse('Đây là một liên kết (symlink) tới chỗ khác: trang không đọc liên kết.', 'Xóa liên kết và chép chính tệp hoặc thư mục đó vào đây.');
        continue;
      }
      if (!allowed.includes(ext)) {
        if (allowed.includes(lower)) {
          refuse(`Đuôi tệp "${ext}" viết hoa: tệp sẽ không được đọc.`, `Đổi tên tệp, viết chữ thường: "${vietnameseSlug(name.slice(0, -ext.length))}${lower}".`);
        } else if (CONTENT_LIKE.includes(lower)) {
          refuse(
            `Tệp "${ext}" trong thư mục ${collection}/ sẽ không được đọc.`,
            `Đổi đuôi tệp thành ${expected}, hoặc đặt dấu ${DRAFT_MARK} trước tên tệp nếu đó là bản nháp.`,
          );
        }
        continue;
      }
      const draft = parts.some((part) => part.startsWith(DRAFT_MARK));
      const language = collection === 'scripts' && parts.length > 1 ? SCRIPT_LANGUAGES.find((lang) => lang === parts[0]) : undefined;
      const loaded: LoadedCollection = language ? SCRIPT_VERSIONS : collection;
      const id = language ? `${language}/${entryIdFromPath(name)}` : entryIdFromPath(name);
      if (draft) {
        found.drafts.push({ collection: loaded, file, entry, id, draft });
        continue;
      }
      const own = entryIdFromPath(name);
      if (!SLUG_PATTERN.test(own)) {
        refuse(
          `Tên tệp "${own}" không hợp lệ: tên tệp là địa chỉ trang, phải viết thường, không dấu, nối bằng gạch ngang.`,
          `Ví dụ: đổi thành "${vietnameseSlug(own)}${ext}".`,
        );
        continue;
      }
      if (/^\d+$/.test(own)) {
        refuse(
          `Tên tệp "${own}" chỉ có chữ số: địa chỉ dạng /${own}/ dành cho trang ${own} của một danh sách dài.`,
          'Đặt tên tệp theo nội dung bài, ví dụ "thon-vi-du-lam-duong".',
        );
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        refuse(
          language ? `Trùng với ${earlier}: một kịch bản chỉ có một bản ${language}.` : `Trùng tên với ${earlier}: hai bài không được cùng địa chỉ "${id}".`,
          language ? 'Xóa một trong hai tệp.' : 'Đổi tên một trong hai tệp.',
        );
        continue;
      }
      seen.set(id, file);
      found.entries.push({ collection: loaded, file, entry, id, draft });
    }
  }
  return found;
}

/** Files (and links) below `dir`, sorted; a folder that cannot be read is a problem, not a crash. */
function walk(dir: string, root: string, problems: Problem[]): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const visit = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      problems.push({
        file: relative(root, folder).split(sep).join('/'),
        line: 1,
        field: FILE_FIELD,
        severity: 'error',
        message: `Không đọc được thư mục (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        hint: 'Kiểm tra quyền đọc của thư mục, hoặc chép lại thư mục từ kho.',
      });
      return;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      if (lstatSync(path).isDirectory()) visit(path);
      else files.push(path);
    }
  };
  visit(dir);
  return files;
}

export interface DecodingProblem {
  line: number;
  message: string;
  hint: string;
}

/**
 * A content file's text, as editors save it: UTF-8, with or without a byte order mark
 * (Notepad writes one; TextDecoder drops it). Any other encoding is refused, never guessed:
 * Windows-1258 or -1252 read as UTF-8 would put "�" on the pages.
 */
export function decodeContentFile(bytes: Uint8Array): { text: string; problem?: undefined } | { text?: undefined; problem: DecodingProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      problem: {
        line: firstUndecodableLine(bytes),
        message: 'Tệp không lưu theo mã UTF-8 (có thể là Windows-1258, Windows-1252 hay VNI): chữ có dấu sẽ hiện sai trên trang.',
        hint: 'Mở tệp trong VS Code, bấm tên mã ở góc dưới bên phải, chọn "Reopen with Encoding" với mã cũ để chữ hiện đúng, rồi "Save with Encoding" → "UTF-8". Trong Notepad: "Save As", ô Encoding chọn "UTF-8".',
      },
    };
  }
}

/** Reads and decodes one content file (see decodeContentFile). */
export function readContentFile(path: string): ReturnType<typeof decodeContentFile> {
  return decodeContentFile(readFileSync(path));
}

/** 1-based line of the first byte sequence that is not UTF-8 (a newline byte is the same in every encoding editors use). */
function firstUndecodableLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return 1;
    start = end + 1;
  }
}
