import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { entryIdFromPath } from '../../content-ids.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { exemplarSchema } from '../../schemas/exemplar.ts';
import { movementSchema } from '../../schemas/movement.ts';
import { planSchema } from '../../schemas/plan.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import { scriptSchema } from '../../schemas/script.ts';
import type { SchemaTools } from '../../schemas/tools.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { villageSchema } from '../../schemas/village.ts';
import { COLLECTIONS, COLLECTION_LABELS, type CollectionName } from '../../schemas/vocabulary.ts';
import { PRIVATE_DETAIL_LABELS, findPrivateDetails, maskDetail } from '../privacy.ts';
import { toParagraphs } from '../plain-text.ts';
import { vietnameseSlug } from '../slug.ts';
import { PLACEHOLDER } from '../new-entry.ts';
import { MAX_SCRIPT_SECONDS, countSyllables, formatDuration, readingSeconds } from '../reading-time.ts';
import { parseContentFile } from './frontmatter.ts';
import { checkMdxBody } from './mdx-guard.ts';
import { BODY_FIELD, FILE_FIELD, type Problem } from './problem.ts';

z.config(z.locales.vi());

const FORMAT: Record<CollectionName, 'yaml' | 'mdx'> = {
  plans: 'yaml',
  movements: 'yaml',
  units: 'yaml',
  villages: 'yaml',
  exemplars: 'mdx',
  practices: 'mdx',
  scripts: 'mdx',
};
const EXTENSIONS: Record<'yaml' | 'mdx', string[]> = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] };
/** Files that look like content but that the loader would silently skip. */
const MISPLACED = ['.md', '.markdown', '.json', '.yaml', '.yml', '.mdx', '.txt'];

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data?: Record<string, unknown>;
  body: string;
}

export interface CheckReport {
  problems: Problem[];
  entries: CheckedEntry[];
}

/** Every problem in every content file under `<root>/content`, collected, never thrown. */
export function checkContent(root: string): CheckReport {
  const contentDir = resolve(root, 'content');
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  // 1. Which files are entries, and their ids.
  const files = new Map<CollectionName, { path: string; id: string }[]>();
  const ids = new Map<CollectionName, Set<string>>();
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    const found: { path: string; id: string }[] = [];
    const seen = new Map<string, string>();
    for (const path of listFiles(dir)) {
      const name = relative(dir, path);
      if (name.split(sep).some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
      const ext = extname(path).toLowerCase();
      if (!EXTENSIONS[FORMAT[collection]].includes(ext)) {
        if (MISPLACED.includes(ext)) {
          problems.push({
            file: rel(path),
            line: 1,
            field: FILE_FIELD,
            severity: 'error',
            message: `Tệp "${ext}" trong thư mục ${collection}/ sẽ không được đọc.`,
            hint: `Đổi đuôi tệp thành ${EXTENSIONS[FORMAT[collection]].join(' hoặc ')}, hoặc đặt dấu _ trước tên tệp nếu đó là bản nháp.`,
          });
        }
        continue;
      }
      const id = entryIdFromPath(name);
      if (!SLUG_PATTERN.test(id)) {
        problems.push({
          file: rel(path),
          line: 1,
          field: FILE_FIELD,
          severity: 'error',
          message: `Tên tệp "${id}" không hợp lệ: tên tệp là địa chỉ trang, phải viết thường, không dấu, nối bằng gạch ngang.`,
          hint: `Ví dụ: đổi thành "${vietnameseSlug(id)}${ext}".`,
        });
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        problems.push({
          file: rel(path),
          line: 1,
          field: FILE_FIELD,
          severity: 'error',
          message: `Trùng tên với ${rel(earlier)}: hai bài không được cùng địa chỉ "${id}".`,
          hint: 'Đổi tên một trong hai tệp.',
        });
        continue;
      }
      seen.set(id, path);
      found.push({ path, id });
    }
    files.set(collection, found);
    ids.set(collection, new Set(found.map((f) => f.id)));
  }

  // 2. Each file on its own: YAML, schema, references, images, body, privacy.
  const entries: CheckedEntry[] = [];
  for (const collection of COLLECTIONS) {
    for (const { path, id } of files.get(collection) ?? []) {
      const file = rel(path);
      const source = readFileSync(path, 'utf8');
      const parsed = parseContentFile(source, FORMAT[collection]);
      const push = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
      for (const error of parsed.errors) push({ line: error.line, field: 'frontmatter', severity: 'error', message: error.message });

      const entry: CheckedEntry = { collection, id, file, body: parsed.body };
      entries.push(entry);

      // Text that `npm run new` left for the author to write.
      source.split(/\r?\n/).forEach((lineText, index) => {
        if (lineText.trimStart().startsWith('#') || !PLACEHOLDER.test(lineText)) return;
        push({
          line: index + 1,
          field: lineText.match(/^\s*([A-Za-z]+):/)?.[1] ?? BODY_FIELD,
          severity: 'warning',
          message: `Còn chỗ chưa điền: ${lineText.match(PLACEHOLDER)?.[0]}`,
          hint: 'Thay phần trong ngoặc vuông bằng nội dung thật trước khi đăng.',
        });
      });

      if (parsed.data !== undefined) {
        if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
          push({ line: parsed.dataStartLine, field: 'frontmatter', severity: 'error', message: 'Phần thông tin (frontmatter) trống hoặc không phải danh sách "tên: giá trị".' });
        } else {
          const schema = schemaFor(collection, toolsFor(ids, dirname(path)));
          const result = schema.safeParse(parsed.data);
          if (result.success) {
            entry.data = result.data as Record<string, unknown>;
          } else {
            for (const issue of result.error.issues) {
              for (const { path: at, ...p } of issueToProblems(issue, parsed.data)) {
                push({ ...p, line: parsed.lineOf(at), severity: 'error' });
              }
            }
          }
        }
      }

      if (FORMAT[collection] === 'mdx' && parsed.errors.length === 0) {
        for (const issue of checkMdxBody(parsed.body).issues) {
          push({ line: issue.line + parsed.bodyStartLine - 1, field: BODY_FIELD, severity: 'error', message: issue.message, ...(issue.hint ? { hint: issue.hint } : {}) });
        }
      }

      for (const detail of findPrivateDetails(source)) {
        const line = source.slice(0, detail.index).split('\n').length;
        push({
          line,
          field: line >= parsed.bodyStartLine && FORMAT[collection] === 'mdx' ? BODY_FIELD : 'frontmatter',
          severity: 'error',
          message: `Có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}): không được đăng thông tin riêng của người dân.`,
          hint: 'Xóa thông tin này. Muốn liên hệ, ghi tên đơn vị (ví dụ "liên hệ Hội Nông dân xã").',
        });
      }
    }
  }

  // 3. Rules across entries.
  problems.push(...crossChecks(entries));
  return { problems, entries };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function toolsFor(ids: Map<CollectionName, Set<string>>, dir: string): SchemaTools {
  return {
    ref: (collection) =>
      z.string({ error: `Cần ghi mã ${COLLECTION_LABELS[collection].toLowerCase()} (chữ không dấu).` }).superRefine((id, ctx) => {
        const known = ids.get(collection) ?? new Set<string>();
        if (known.has(id)) return;
        const list = [...known];
        const near = list.length ? closest(id, list) : undefined;
        ctx.addIssue({
          code: 'custom',
          message:
            `${COLLECTION_LABELS[collection]} "${id}" không có trong danh sách.` +
            (list.length <= 12 ? ` Các giá trị hợp lệ: ${list.join(', ')}.` : near ? ` Có phải "${near}"?` : ''),
        });
      }),
    image: () =>
      z.string({ error: 'Thiếu đường dẫn ảnh (src).' }).superRefine((src, ctx) => {
        if (!existsSync(resolve(dir, src))) {
          ctx.addIssue({
            code: 'custom',
            message: `Không tìm thấy ảnh "${src}". Đường dẫn tính từ thư mục của bài, ví dụ "../images/ten-anh.jpg".`,
          });
        }
      }),
  };
}

export function schemaFor(collection: CollectionName, tools: SchemaTools): z.ZodType {
  switch (collection) {
    case 'plans':
      return planSchema(tools);
    case 'movements':
      return movementSchema(tools);
    case 'units':
      return unitSchema;
    case 'villages':
      return villageSchema;
    case 'exemplars':
      return exemplarSchema(tools);
    case 'practices':
      return practiceSchema(tools);
    case 'scripts':
      return scriptSchema(tools);
  }
}

interface IssueProblem {
  path: PropertyKey[];
  field: string;
  message: string;
  hint?: string;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '') ||
    'frontmatter'
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueToProblems(issue: z.core.$ZodIssue, data: unknown): IssueProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      field: fieldName([...path, key]),
      message: `Trường "${key}" không có trong mẫu.`,
      hint: 'Kiểm tra lỗi chính tả tên trường, hoặc xóa trường này (xem docs/huong-dan-bien-tap.md).',
    }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length) {
    // calendarDate is a union of Date and text: report the text branch's message.
    const inner = issue.errors.flat().find((i) => i.code === 'custom') ?? issue.errors.flat()[0];
    if (inner) return [{ path, field: fieldName(path), message: inner.message }];
  }
  const missing = issue.code === 'invalid_type' && valueAt(data, path) === undefined;
  const message = missing && issue.message.startsWith('Đầu vào không hợp lệ') ? 'Thiếu trường bắt buộc.' : issue.message;
  return [{ path, field: fieldName(path), message }];
}

function crossChecks(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const exemplars = new Map(entries.filter((e) => e.collection === 'exemplars').map((e) => [e.id, e]));
  const withdrawn = (id: string) => Boolean((exemplars.get(id)?.data?.consent as { withdrawn?: unknown } | undefined)?.withdrawn);

  for (const entry of entries) {
    if (!entry.data) continue;
    if (entry.collection === 'scripts') {
      const data = entry.data as { status: string; exemplars: string[]; title: string };
      const seconds = readingSeconds(countSyllables(toParagraphs(entry.body).join(' ')));
      if (data.status === 'da-duyet' && seconds > MAX_SCRIPT_SECONDS) {
        problems.push({
          file: entry.file,
          line: 1,
          field: BODY_FIELD,
          severity: 'warning',
          message: `Kịch bản đọc mất khoảng ${formatDuration(seconds)}, quá ${formatDuration(MAX_SCRIPT_SECONDS)} cho một lần phát.`,
          hint: 'Rút gọn, hoặc tách thành hai kịch bản phát hai buổi.',
        });
      }
      const hidden = data.exemplars.filter(withdrawn);
      if (data.status === 'da-duyet' && hidden.length) {
        problems.push({
          file: entry.file,
          line: 1,
          field: 'exemplars',
          severity: 'warning',
          message: `Kịch bản nói về người đã rút lại sự đồng ý (${hidden.join(', ')}): kịch bản sẽ không được đăng.`,
        });
      }
    }
    if (entry.collection === 'practices') {
      const hidden = (entry.data.exemplars as string[]).filter(withdrawn);
      if (hidden.length) {
        problems.push({
          file: entry.file,
          line: 1,
          field: 'exemplars',
          severity: 'warning',
          message: `Cách làm gắn với người đã rút lại sự đồng ý (${hidden.join(', ')}): bài sẽ không được đăng.`,
        });
      }
    }
    if (entry.collection === 'exemplars' && withdrawn(entry.id)) {
      problems.push({
        file: entry.file,
        line: 1,
        field: 'consent.withdrawn',
        severity: 'warning',
        message: 'Người này đã rút lại sự đồng ý: bài được gỡ khỏi mọi trang, tìm kiếm, RSS, sơ đồ trang và kịch bản.',
      });
    }
  }
  return problems;
}
