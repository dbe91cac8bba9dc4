import type { z } from 'astro/zod';
import type { Placeholder } from '../content/placeholders.ts';
import type { LoadedCollection } from '../content/files.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';

/** One content file as the checker read it: what the rules across files look at. */
export interface CheckedEntry {
  /** A collection, or the Tày and Nùng versions of scripts (content/scripts/<lang>/). */
  collection: LoadedCollection;
  id: string;
  file: string;
  draft: boolean;
  /** What the schema made of the frontmatter, when it passed. */
  data?: Record<string, unknown>;
  /** The frontmatter as written, before the schema's defaults. */
  raw?: unknown;
  body: string;
  /** Line of the file where the body starts. */
  bodyStartLine: number;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** What a rule over one file is given: the file read and parsed once, and its entry to fill in. */
export interface FileContext {
  file: string;
  /** Absolute path. */
  path: string;
  source: string;
  parsed: ParsedFile;
  entry: CheckedEntry;
  /** Text still to be written ("[Viết …]"): reported once, as such, by checks/placeholders.ts. */
  placeholders: readonly Placeholder[];
  /** The collection's schema for this file's folder (pictures are relative to it). */
  schema: () => z.ZodType;
}

type Reported = Omit<Problem, 'file'>;
/** Where a rule puts what it finds in one file. */
export interface Report {
  /** A problem; in a draft, an error becomes a warning. */
  add(problem: Reported): void;
  /** A problem that stays an error even in a draft: private details must not sit in the repository at all. */
  always(problem: Reported): void;
}

/** A rule over one file (checks/*.ts), run in order by the checker. */
export type FileCheck = (file: FileContext, report: Report) => void;

export const error = (line: number, field: string, message: string, hint: string): Reported => ({
  line,
  field,
  severity: 'error',
  message,
  hint,
});
export const warning = (line: number, field: string, message: string, hint: string): Reported => ({
  line,
  field,
  severity: 'warning',
  message,
  hint,
});
