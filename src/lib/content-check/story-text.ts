import { lineAt, readerWords, type Word } from '../privacy/reader-text.ts';
import { BODY_FIELD } from './problem.ts';
import { fieldName } from './schema-issues.ts';

/** What the rules over people read of an entry (src/lib/content-check/checker.ts fills it). */
export interface EntrySource {
  collection: string;
  id: string;
  /** Path from the project root, forward slashes. */
  file: string;
  /** The frontmatter as written, before defaults. */
  raw?: unknown;
  /** The frontmatter after the schema: ids, dates, defaults. */
  data?: Record<string, unknown> | undefined;
  body: string;
  bodyStartLine: number;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** One piece of an entry's text, read word by word. */
export interface TextPart {
  /** The field ("summary", "cover.alt", "nội dung"), or "tệp" for the file name. */
  field: string;
  words: Word[];
  /** Line of a word. */
  lineOf: (word: Word) => number;
  /** The file name: slugs are never capitalised. */
  isFileName?: boolean;
}

/** Every string of a frontmatter with its path; `skip` leaves out top-level fields. */
function strings(data: unknown, path: PropertyKey[], skip: ReadonlySet<string>): { path: PropertyKey[]; text: string }[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => strings(item, [...path, i], skip));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => (path.length === 0 && skip.has(key) ? [] : strings(value, [...path, key], skip)));
  }
  return [];
}

/** Fields that hold other entries' ids: the entries themselves are read, with their file names. */
const REFERENCES = new Set(['people', 'exemplars', 'practices', 'movement', 'unit', 'village', 'preparedBy', 'plan', 'leadUnits']);

/**
 * An entry's text as a reader meets it: each frontmatter text (references to other entries
 * left out), the body with the line of each word, and the file name, which is the page's address.
 */
const read = new WeakMap<EntrySource, TextPart[]>();

export function storyText(entry: EntrySource, skip: ReadonlySet<string> = REFERENCES): TextPart[] {
  if (skip === REFERENCES) {
    const parts = read.get(entry) ?? readStory(entry, skip);
    read.set(entry, parts);
    return parts;
  }
  return readStory(entry, skip);
}

function readStory(entry: EntrySource, skip: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = strings(entry.raw, [], skip).map(({ path, text }) => {
    // Only a problem needs the line: found when asked.
    let line: number | undefined;
    return { field: fieldName(path), words: readerWords(text), lineOf: () => (line ??= entry.lineOf(path)) };
  });
  if (entry.body.trim()) {
    parts.push({
      field: BODY_FIELD,
      words: readerWords(entry.body),
      lineOf: (word) => entry.bodyStartLine + lineAt(entry.body, word.start) - 1,
    });
  }
  parts.push({ field: 'tệp', words: readerWords(entry.id), lineOf: () => 1, isFileName: true });
  return parts;
}
