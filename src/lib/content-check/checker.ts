import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { exemplarSchema } from '#schemas/exemplar.ts';
import { movementSchema } from '#schemas/movement.ts';
import { personSchema } from '#schemas/person.ts';
import { planSchema } from '#schemas/plan.ts';
import { practiceSchema } from '#schemas/practice.ts';
import { scriptSchema } from '#schemas/script.ts';
import { siteSchema } from '#schemas/site.ts';
import { scriptVersionSchema } from '#schemas/script-version.ts';
import type { SchemaTools } from '#schemas/tools.ts';
import { unitSchema } from '#schemas/unit.ts';
import { villageSchema } from '#schemas/village.ts';
import { COLLECTIONS, COLLECTION_LABELS, type CollectionName } from '#schemas/vocabulary.ts';
import { DRAFT_MARK, FORMAT, discoverContentFiles, readContentFile, type ContentFile } from '../content/files.ts';
import { PRIVATE_DETAIL_LABELS, findPrivateDetails, maskDetail } from '../privacy/private-details.ts';
import { PLACEHOLDER, mustFill, placeholdersIn } from '../authoring/new-entry.ts';
import { checkFutureDates } from './checks/future-dates.ts';
import { MOVED_FIELDS, checkPeople } from './checks/people.ts';
import { withDependents, type Unpublished } from './checks/unpublished.ts';
import { SITE_FILE } from '../site/settings.ts';
import type { SpeechDictionary } from '../loudspeaker/speech/spoken-text.ts';
import { parseContentFile } from './frontmatter.ts';
import { checkMdxBody } from './mdx-guard.ts';
import { inspectPictures, pictureProblem, type PictureInspection } from './pictures.ts';
import { checkAbbreviationsFile, checkScriptSpeech, checkVersions, VERSIONS, type CheckedCollection } from './speech.ts';
import { BODY_FIELD, FILE_FIELD, type Problem } from './problem.ts';

z.config(z.locales.vi());

export interface CheckedEntry {
  /** A collection, or the Tày and Nùng versions of scripts (content/scripts/<lang>/). */
  collection: CheckedCollection;
  id: string;
  file: string;
  draft: boolean;
  data?: Record<string, unknown>;
  /** The frontmatter as written, before the schema's defaults. */
  raw?: unknown;
  body: string;
  /** Line of the file where the body starts. */
  bodyStartLine: number;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface CheckReport {
  problems: Problem[];
  /** Every file read, drafts included. */
  entries: CheckedEntry[];
  /** What the loaders publish: the list checked here (src/lib/content/files.ts). */
  files: ContentFile[];
  /** Entries without an error that the site is built without (checks/unpublished.ts). */
  unpublished: Unpublished[];
}

export interface CheckOptions {
  /** What inspectPictures read in content/images/; without it, pictures are checked for place and file size only. */
  pictures?: PictureInspection | undefined;
}

/**
 * checkContent after every picture in content/images/ has been read in full (sharp reads
 * asynchronously): what `npm run check` and the build run.
 */
export async function checkContentAndPictures(root: string): Promise<CheckReport> {
  return checkContent(root, { pictures: await inspectPictures(root) });
}

/** Every problem in every content file under `<root>/content`, collected, never thrown. */
export function checkContent(root: string, options: CheckOptions = {}): CheckReport {
  const problems: Problem[] = [];

  // 1. Which files are entries, and their ids: the list the loaders read (src/lib/content/files.ts).
  const found = discoverContentFiles(root);
  problems.push(...found.problems);
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  // The versions of scripts are no one's reference.
  for (const { collection, id } of found.entries) if (collection !== VERSIONS) ids.get(collection)!.add(id);

  // 2. Each file on its own: YAML, schema, references, images, body, privacy.
  const entries: CheckedEntry[] = [];
  // A schema depends on the collection and the folder (images are relative to it): build each once.
  const schemas = new Map<string, z.ZodType>();
  const schemaIn = (collection: CheckedCollection, dir: string) => {
    const key = `${collection}\0${dir}`;
    if (!schemas.has(key)) {
      const tools = toolsFor(ids, dir, { root, inspection: options.pictures });
      schemas.set(key, collection === VERSIONS ? scriptVersionSchema(tools) : schemaFor(collection, tools));
    }
    return schemas.get(key)!;
  };
  for (const { collection, id, file, draft } of [...found.entries, ...found.drafts]) {
    // A draft's problems are warnings, except what must not sit in the repository at all (keep).
    const own: Problem[] = [];
    const push = (p: Omit<Problem, 'file'>) => own.push({ file, ...p });
    const keep = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
    // One file that breaks a rule's code is reported by name, and the others are still checked.
    try {
      const path = join(root, file);
      const read = readContentFile(path);
      if (read.problem) {
        keep({ ...read.problem, field: FILE_FIELD, severity: 'error' });
        continue;
      }
      const source = read.text;
      const parsed = parseContentFile(source, FORMAT[collection]);
      for (const error of parsed.errors) {
        push({
          line: error.line,
          field: 'frontmatter',
          severity: 'error',
          message: error.message,
          hint: 'So với một bài đúng trong cùng thư mục: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, câu có dấu ":" đặt trong dấu nháy kép.',
        });
      }

      const entry: CheckedEntry = { collection, id, file, draft, raw: parsed.data, body: parsed.body, bodyStartLine: parsed.bodyStartLine, lineOf: parsed.lineOf };
      entries.push(entry);

      // Text that `npm run new` left for the author to write: in the frontmatter by field, in the body by line.
      const placeholders = placeholdersIn(parsed.data);
      for (const placeholder of placeholders) {
        const must = mustFill(placeholder);
        push({
          line: parsed.lineOf(placeholder.path),
          field: fieldName(placeholder.path),
          severity: must ? 'error' : 'warning',
          message: must ? `Chưa điền sự đồng ý công bố: ${placeholder.text}` : `Còn chỗ chưa điền: ${placeholder.text}`,
          hint: must
            ? 'Điền theo phiếu đồng ý của người được nêu gương. Chưa có sự đồng ý thì chưa đăng bài.'
            : 'Thay phần trong ngoặc vuông bằng nội dung thật trước khi đăng.',
        });
      }
      parsed.body.split(/\r?\n/).forEach((lineText, index) => {
        const match = PLACEHOLDER.exec(lineText);
        if (!match) return;
        push({
          line: parsed.bodyStartLine + index,
          field: BODY_FIELD,
          severity: 'warning',
          message: `Còn chỗ chưa điền: ${match[0]}`,
          hint: 'Thay phần trong ngoặc vuông bằng nội dung thật trước khi đăng.',
        });
      });
      // A placeholder is reported once, as "chưa điền", not again as a wrong date or value.
      const isPlaceholder = (at: readonly PropertyKey[]) =>
        placeholders.some((p) => p.path.length === at.length && p.path.every((key, i) => key === at[i]));

      if (parsed.data !== undefined) {
        if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
          push({
            line: parsed.dataStartLine,
            field: 'frontmatter',
            severity: 'error',
            message: 'Phần thông tin (frontmatter) trống hoặc không phải danh sách "tên: giá trị".',
            hint: 'Tạo lại tệp bằng npm run new rồi chép nội dung sang, hoặc xem mẫu trong docs/huong-dan-bien-tap.md.',
          });
        } else {
          const schema = schemaIn(collection, dirname(path));
          const result = schema.safeParse(parsed.data);
          if (result.success) {
            entry.data = result.data as Record<string, unknown>;
          } else {
            for (const issue of result.error.issues) {
              if (isPlaceholder(issue.path)) continue;
              for (const { path: at, ...p } of issueToProblems(issue, parsed.data)) {
                push({ ...p, line: parsed.lineOf(at), severity: 'error' });
              }
            }
          }
        }
      }

      if (FORMAT[collection] === 'mdx' && parsed.errors.length === 0) {
        for (const issue of checkMdxBody(parsed.body).issues) {
          push({ line: issue.line + parsed.bodyStartLine - 1, field: BODY_FIELD, severity: 'error', message: issue.message, hint: issue.hint ?? 'Xem mục "Thành phần dùng trong nội dung" trong docs/huong-dan-bien-tap.md.' });
        }
      }

      for (const detail of findPrivateDetails(source)) {
        const line = source.slice(0, detail.index).split('\n').length;
        keep({
          line,
          field: line >= parsed.bodyStartLine && FORMAT[collection] === 'mdx' ? BODY_FIELD : 'frontmatter',
          severity: 'error',
          message: `Có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}): không được đăng thông tin riêng của người dân.`,
          hint: 'Xóa thông tin này. Muốn liên hệ, ghi tên đơn vị (ví dụ "liên hệ Hội Nông dân xã").',
        });
      }
    } catch (error) {
      keep(unexpected(error));
    } finally {
      problems.push(...(draft ? [draftNotice(file), ...own.map(asWarning)] : own));
    }
  }

  // 3. The commune's own file, how loudspeakers say short forms (content/abbreviations.yaml),
  // then rules across entries, over what is published: among them people and their consent,
  // dates still to come, and what depends on an entry held back.
  problems.push(...checkSiteFile(root));
  const speech = checkAbbreviationsFile(root);
  problems.push(...speech.problems);
  const published = entries.filter((entry) => !entry.draft);
  problems.push(...crossChecks(published, speech.dictionary));
  const people = checkPeople(published);
  const dates = checkFutureDates(published);
  const held = withDependents(published, [...people.unpublished, ...dates.unpublished]);
  problems.push(...people.problems, ...dates.problems, ...held.problems);
  // The people records are read here, never loaded: they hold consent, not pages.
  return { problems, entries, files: found.entries.filter((f) => f.collection !== 'people'), unpublished: held.unpublished };
}

function draftNotice(file: string): Problem {
  return {
    file,
    line: 1,
    field: FILE_FIELD,
    severity: 'warning',
    message: `Bản nháp (tên tệp hoặc thư mục bắt đầu bằng "${DRAFT_MARK}"): được kiểm tra nhưng không được đăng. Lỗi khác của bản nháp được báo là cảnh báo; thông tin riêng của người dân vẫn là lỗi, vì bản nháp cũng nằm trong kho.`,
    hint: `Khi bài xong, bỏ dấu ${DRAFT_MARK} ở đầu tên rồi chạy lại npm run check.`,
  };
}

function asWarning(problem: Problem): Problem {
  return { ...problem, severity: 'warning' };
}

/** A rule that threw on this file: a problem naming the file, in the usual shape. */
export function unexpected(error: unknown): Omit<Problem, 'file'> {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    line: 1,
    field: FILE_FIELD,
    severity: 'error',
    message: `Trình kiểm tra gặp sự cố với tệp này nên chưa kiểm tra hết được (${detail.split('\n')[0]}).`,
    hint: 'Xem lại tệp vừa sửa (phần đầu giữa hai dòng ---, các dấu nháy, ngoặc); nếu tệp đúng mà vẫn báo, gửi dòng này cho người quản trị kỹ thuật.',
  };
}

/**
 * content/site.yaml: the commune's names, read by every page. Checked like an entry; the
 * office's public mailbox and phone line are published from their own fields, so the privacy
 * rule, which refuses addresses and numbers in free text, does not read those two lines.
 */
/**
 * A movement lasts across plans and an exemplar counts toward the plan of its year: say where a
 * movement is in no plan, and where an exemplar's year has a plan that does not list its movement.
 */
function planChecks(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const planFiles = entries.filter((e) => e.collection === 'plans');
  if (planFiles.length === 0) {
    return [{ file: 'content/plans/', line: 1, field: FILE_FIELD, severity: 'error', message: 'Chưa có kế hoạch nào: trang chủ và trang tiến độ cần kế hoạch của năm.', hint: 'Chép một tệp kế hoạch mẫu vào content/plans/ rồi sửa theo văn bản của xã (xem docs/dung-cho-xa-khac.md), hoặc chạy npm run new -- plan <năm>.' }];
  }
  const plans = planFiles.filter((e) => e.data) as (CheckedEntry & { data: { year: number; movements: { movement: string }[] } })[];
  // A plan that cannot be read already has its own error; its movements are not "in no plan".
  const allPlansRead = plans.length === planFiles.length;
  const planned = new Set(plans.flatMap((p) => p.data.movements.map((m) => m.movement)));
  const planOfYear = new Map(plans.map((p) => [p.data.year, p]));
  const years = [...planOfYear.keys()].sort();
  for (const entry of entries) {
    if (!entry.data) continue;
    if (entry.collection === 'movements' && allPlansRead && !planned.has(entry.id)) {
      problems.push({ file: entry.file, line: 1, field: FILE_FIELD, severity: 'warning', message: `Phong trào "${entry.id}" không có trong kế hoạch năm nào: trang của nó không có chỉ tiêu.`, hint: 'Thêm "- movement: ' + entry.id + '" vào danh sách movements của kế hoạch năm đó (content/plans/), hoặc xóa tệp nếu không dùng nữa.' });
    }
    if (entry.collection === 'exemplars') {
      const { year, movement } = entry.data as { year: number; movement: string };
      const plan = planOfYear.get(year);
      // Stories from before the first plan are the archive; a later year without a plan is a gap.
      if (!plan && allPlansRead && year > years[0]!) {
        problems.push({ file: entry.file, line: 1, field: 'year', severity: 'warning', message: `Chưa có kế hoạch năm ${year}: điển hình này chưa được tính vào tiến độ năm nào (đang có kế hoạch năm ${years.join(', ')}).`, hint: `Tạo kế hoạch năm ${year} bằng npm run new -- plan ${year}, hoặc sửa year cho đúng năm được ghi nhận.` });
      } else if (plan && !plan.data.movements.some((m) => m.movement === movement)) {
        problems.push({ file: entry.file, line: 1, field: 'movement', severity: 'warning', message: `Kế hoạch năm ${year} (${plan.file}) không có phong trào "${movement}": điển hình này không được tính vào tiến độ năm ${year}.`, hint: `Chọn một phong trào của kế hoạch năm ${year}, hoặc thêm phong trào này vào kế hoạch đó.` });
      }
    }
  }
  return problems;
}

function checkSiteFile(root: string): Problem[] {
  const file = SITE_FILE;
  const path = resolve(root, file);
  if (!existsSync(path)) {
    return [{ file, line: 1, field: FILE_FIELD, severity: 'error', message: 'Chưa có tệp thông tin về xã và trang.', hint: 'Chép content/site.yaml của bản gốc rồi sửa tên xã, tỉnh, cơ quan, đài truyền thanh (xem docs/dung-cho-xa-khac.md).' }];
  }
  const read = readContentFile(path);
  if (read.problem) return [{ file, field: FILE_FIELD, severity: 'error', ...read.problem }];
  const source = read.text;
  const parsed = parseContentFile(source, 'yaml');
  const problems: Problem[] = parsed.errors.map((error) => ({
    file, line: error.line, field: 'frontmatter', severity: 'error' as const, message: error.message,
    hint: 'Mỗi dòng "tên: giá trị", thụt lề bằng dấu cách; câu có dấu ":" đặt trong dấu nháy kép.',
  }));
  if (parsed.data === undefined) return problems;
  const result = siteSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path: at, ...p } of issueToProblems(issue, parsed.data)) problems.push({ file, ...p, line: parsed.lineOf(at), severity: 'error' });
    }
  } else if (!result.data.url) {
    problems.push({ file, line: 1, field: 'url', severity: 'warning', message: 'Chưa có địa chỉ trang (url): liên kết chia sẻ và mã QR trên áp phích sẽ trỏ tới một địa chỉ mẫu.', hint: 'Thêm dòng "url: https://…" với tên miền của trang, hoặc đặt biến môi trường SITE_URL khi xây dựng.' });
  }
  const officeLines = new Set([parsed.lineOf(['office', 'email']), parsed.lineOf(['office', 'phone'])].filter((line) => line > 1));
  for (const detail of findPrivateDetails(source)) {
    const line = source.slice(0, detail.index).split('\n').length;
    if (officeLines.has(line)) continue;
    problems.push({ file, line, field: 'frontmatter', severity: 'error', message: `Có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}) ngoài trường dành cho nó.`, hint: 'Hộp thư và số máy của cơ quan ghi ở office.email, office.phone; không ghi thông tin của cá nhân.' });
  }
  return problems;
}

function toolsFor(ids: Map<CollectionName, Set<string>>, dir: string, pictures: { root: string; inspection?: PictureInspection | undefined }): SchemaTools {
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
        const problem = pictureProblem(src, { ...pictures, entryDir: dir });
        if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
      }),
  };
}

export function schemaFor(collection: CollectionName, tools: SchemaTools): z.ZodType {
  switch (collection) {
    case 'plans':
      return planSchema(tools);
    case 'movements':
      return movementSchema;
    case 'units':
      return unitSchema;
    case 'villages':
      return villageSchema;
    case 'people':
      return personSchema;
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
  hint: string;
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
      hint: MOVED_FIELDS[String(key)] ?? 'Kiểm tra lỗi chính tả tên trường, hoặc xóa trường này (xem docs/huong-dan-bien-tap.md).',
    }));
  }
  const field = fieldName(path);
  if (issue.code === 'invalid_union' && issue.errors.length) {
    // calendarDate is a union of Date and text: report the text branch's message.
    const inner = issue.errors.flat().find((i) => i.code === 'custom') ?? issue.errors.flat()[0];
    if (inner) return [{ path, field, message: inner.message, hint: hintFor(inner, path, false) }];
  }
  const value = valueAt(data, path);
  const missing = issue.code === 'invalid_type' && value === undefined;
  // zod's own Vietnamese ("mong đợi số, nhận được string") names types in English: say it plainly.
  const generic = issue.message.startsWith('Đầu vào không hợp lệ');
  const message =
    generic && missing
      ? 'Thiếu trường bắt buộc.'
      : generic && issue.code === 'invalid_type'
        ? `Phải là ${EXPECTED[issue.expected] ?? issue.expected}, đang là ${describeValue(value)}.`
        : issue.message;
  return [{ path, field, message, hint: hintFor(issue, path, missing) }];
}

const GUIDE = 'docs/huong-dan-bien-tap.md';

const EXPECTED: Record<string, string> = {
  number: 'một con số',
  int: 'một số nguyên',
  string: 'chữ',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường con',
  date: 'một ngày',
};

function describeValue(value: unknown): string {
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chữ "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'một nhóm trường con';
  return typeof value;
}

/** How to fix a schema problem, by what kind of problem it is and where. */
export function hintFor(issue: z.core.$ZodIssue, path: readonly PropertyKey[], missing: boolean): string {
  // A rule that knows its own fix carries it (pictures.ts).
  if (issue.code === 'custom' && typeof issue.params?.hint === 'string') return issue.params.hint;
  const field = fieldName(path);
  const leaf = String([...path].reverse().find((key) => typeof key === 'string') ?? field);
  const isDate = /date|At$|airDates/i.test(leaf);
  if (path[0] === 'consent' || (issue.code === 'custom' && /đồng ý/.test(issue.message))) {
    return `Điền theo phiếu đồng ý của người được nêu gương; xem mục "Quy định về thông tin cá nhân" trong ${GUIDE}.`;
  }
  if (missing) {
    return `Thêm dòng "${leaf}: …" vào phần đầu tệp (giữa hai dòng ---); ví dụ ở bảng trường trong ${GUIDE}.`;
  }
  if (isDate) return 'Viết ngày dạng NNNN-TT-NN, ví dụ 2023-12-20, không đặt trong dấu nháy.';
  switch (issue.code) {
    case 'invalid_value':
      return 'Chép đúng một trong các giá trị hợp lệ ở trên (chữ thường, không dấu).';
    case 'invalid_type':
      return issue.expected === 'array'
        ? `Viết dạng danh sách: ${leaf}: [a, b] hoặc mỗi mục một dòng bắt đầu bằng "- ".`
        : issue.expected === 'number'
          ? 'Viết con số, không có chữ hay đơn vị, ví dụ 2023.'
          : issue.expected === 'boolean'
            ? 'Viết true (có) hoặc false (không), không đặt trong dấu nháy.'
            : issue.expected === 'object'
              ? `Viết các trường con của "${leaf}" ở các dòng dưới, thụt vào hai dấu cách.`
              : 'Viết chữ; nếu có dấu ":" hoặc "#", đặt cả câu trong dấu nháy kép.';
    case 'too_small':
      return issue.origin === 'array' ? 'Thêm ít nhất một mục vào danh sách.' : 'Viết thêm cho đủ ý.';
    case 'too_big':
      return issue.origin === 'array' ? 'Bớt mục trong danh sách.' : 'Rút gọn lại.';
    case 'invalid_format':
      return 'Viết chữ thường, không dấu, nối bằng gạch ngang, ví dụ "thon-vi-du".';
    case 'custom':
      return /không có trong danh sách/.test(issue.message)
        ? 'Dùng đúng mã (tên tệp, không có phần đuôi) của mục đã có trong content/; trong VS Code, gõ tên trường để được gợi ý.'
        : `Sửa theo lời báo ở trên; xem ${GUIDE}.`;
    default:
      return `Xem cách viết trường "${leaf}" trong ${GUIDE}.`;
  }
}

function crossChecks(entries: readonly CheckedEntry[], dictionary: SpeechDictionary): Problem[] {
  const problems: Problem[] = [...planChecks(entries), ...checkVersions(entries)];
  for (const entry of entries) {
    if (!entry.data) continue;
    if (entry.collection === 'scripts') {
      const data = entry.data as { status: string; exemplars: string[]; title: string };
      problems.push(...checkScriptSpeech(entry, data.status === 'da-duyet', dictionary));
    }
  }
  return problems;
}
