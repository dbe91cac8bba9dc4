/**
 * The content checker: `npm run check`, and the build before Astro reads a file. It reads and
 * parses each content file once, runs the rules over one file in order (checks/yaml,
 * placeholders, schema, body, privacy), then the rules across files (the commune's and the
 * loudspeaker's data files, plans, speech, people and consent, dates still to come, and what
 * hangs on an entry held back). Every problem is collected, never thrown: a rule that breaks
 * on one file is reported against that file and the others are still checked.
 */
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { schemaFor } from '#schemas/collections.ts';
import { scriptVersionSchema } from '#schemas/script-version.ts';
import { COLLECTIONS, SCRIPT_APPROVED, type CollectionName } from '#schemas/vocabulary.ts';
import {
  DRAFT_MARK,
  FORMAT,
  digestOf,
  discoverContentFiles,
  readContentFile,
  type ContentFile,
  type FileRead,
  type LoadedCollection,
} from '../content/files.ts';
import { placeholdersIn } from '../content/placeholders.ts';
import { today } from '../text/dates.ts';
import { checkBody } from './checks/body.ts';
import { checkFutureDates } from './checks/future-dates.ts';
import { checkPeople } from './checks/people.ts';
import { checkPlaceholderCovers } from './checks/placeholder-covers.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkPlans } from './checks/plans.ts';
import { checkPrivacy } from './checks/privacy.ts';
import { checkSchema } from './checks/schema.ts';
import { checkSiteFile } from './checks/site-file.ts';
import { checkAbbreviationsFile, checkScriptSpeech, checkVersions, VERSIONS } from './checks/speech.ts';
import { withDependents, type Unpublished } from './checks/unpublished.ts';
import { checkYaml } from './checks/yaml.ts';
import { warning, type CheckedEntry, type FileCheck, type FileContext, type Report } from './context.ts';
import { parseContentFile } from './frontmatter.ts';
import { inspectPictures, type PictureInspection } from './pictures.ts';
import { FILE_FIELD, type Problem } from './problem.ts';
import { checkerTools } from './tools.ts';

export type { CheckedEntry } from './context.ts';

/** The rules over one file, in the order they run (schema fills the entry's data for the rest). */
const FILE_CHECKS: readonly FileCheck[] = [checkYaml, checkPlaceholders, checkSchema, checkBody, checkPrivacy];

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

/** checkContent after every picture in content/images/ has been read in full: what `npm run check` and the build run. */
export async function checkContentAndPictures(root: string): Promise<CheckReport> {
  return checkContent(root, { pictures: await inspectPictures(root) });
}

/** Every problem in every content file under `<root>/content`, collected, never thrown. */
export function checkContent(root: string, options: CheckOptions = {}): CheckReport {
  // Which files are entries, and their ids: the list the loaders read (src/lib/content/files.ts).
  const found = discoverContentFiles(root);
  const problems: Problem[] = [...found.problems];
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  // The versions of scripts are no one's reference.
  for (const { collection, id } of found.entries) if (collection !== VERSIONS) ids.get(collection)!.add(id);

  // A schema depends on the collection and the folder (pictures are relative to it): each is built once.
  const schemas = new Map<string, z.ZodType>();
  const schemaIn = (collection: LoadedCollection, dir: string) => {
    const key = `${collection}\0${dir}`;
    if (!schemas.has(key)) {
      const tools = checkerTools(ids, dir, { root, inspection: options.pictures });
      schemas.set(key, collection === VERSIONS ? scriptVersionSchema(tools) : schemaFor(collection, tools));
    }
    return schemas.get(key)!;
  };

  const entries: CheckedEntry[] = [];
  const reads = new Map<string, FileRead>();
  for (const { collection, id, file, draft } of [...found.entries, ...found.drafts]) {
    // A draft's problems are warnings, except what must not sit in the repository at all.
    const own: Problem[] = [];
    const report: Report = { add: (p) => own.push({ file, ...p }), always: (p) => problems.push({ file, ...p }) };
    try {
      const path = join(root, file);
      const read = readContentFile(path);
      if (read.problem) {
        report.always({ ...read.problem, field: FILE_FIELD, severity: 'error' });
        continue;
      }
      const parsed = parseContentFile(read.text, FORMAT[collection]);
      const entry: CheckedEntry = {
        collection,
        id,
        file,
        draft,
        raw: parsed.data,
        body: parsed.body,
        bodyStartLine: parsed.bodyStartLine,
        lineOf: parsed.lineOf,
      };
      entries.push(entry);
      const context: FileContext = {
        file,
        path,
        source: read.text,
        parsed,
        entry,
        placeholders: placeholdersIn(parsed.data),
        schema: () => schemaIn(collection, dirname(path)),
      };
      for (const check of FILE_CHECKS) check(context, report);
      reads.set(file, { digest: digestOf(read.text), data: parsed.data, body: parsed.body });
    } catch (error) {
      report.always(unexpected(error));
    } finally {
      problems.push(...(draft ? [draftNotice(file), ...own.map((p) => ({ ...p, severity: 'warning' as const }))] : own));
    }
  }

  // The commune's own file and the loudspeaker's short forms, then the rules across published
  // entries: plans, speech, people and their consent, dates still to come, and what hangs on an
  // entry held back.
  problems.push(...checkSiteFile(root));
  const speech = checkAbbreviationsFile(root);
  problems.push(...speech.problems);
  const published = entries.filter((entry) => !entry.draft);
  problems.push(...checkPlans(published), ...checkVersions(published), ...checkPlaceholderCovers(root, published, options.pictures));
  for (const entry of published) {
    if (entry.collection === 'scripts' && entry.data)
      problems.push(...checkScriptSpeech(entry, entry.data.status === SCRIPT_APPROVED, speech.dictionary));
  }
  // One "today" for both: a birth year's age and a story's date are read on the same day.
  const now = today();
  const people = checkPeople(published, now);
  const dates = checkFutureDates(published, now);
  const held = withDependents(published, [...people.unpublished, ...dates.unpublished]);
  problems.push(...people.problems, ...dates.problems, ...held.problems);
  // The people records are read here, never loaded: they hold consent, not pages.
  const files = found.entries.filter((f) => f.collection !== 'people').map((f) => ({ ...f, read: reads.get(f.file) }));
  return { problems, entries, files, unpublished: held.unpublished };
}

function draftNotice(file: string): Problem {
  return {
    file,
    ...warning(
      1,
      FILE_FIELD,
      `Bản nháp (tên tệp hoặc thư mục bắt đầu bằng "${DRAFT_MARK}"): được kiểm tra nhưng không được đăng. Lỗi khác của bản nháp được báo là cảnh báo; thông tin riêng của người dân vẫn là lỗi, vì bản nháp cũng nằm trong kho.`,
      `Khi bài xong, bỏ dấu ${DRAFT_MARK} ở đầu tên rồi chạy lại npm run check.`,
    ),
  };
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
