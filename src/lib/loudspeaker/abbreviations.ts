import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { abbreviationsSchema, type Abbreviations } from '#schemas/abbreviations.ts';
import { PARSE_OPTIONS } from '../content-check/error-map.ts';

/** Where editors keep how the loudspeakers say short forms (UBND, QĐ, ha…). */
export const ABBREVIATIONS_FILE = 'content/abbreviations.yaml';

/**
 * Reads and validates `content/abbreviations.yaml`; an empty list when the file does not exist
 * (then `npm run check` warns at every abbreviation a script uses). The build and `npm run check`
 * report the file's problems line by line first (src/lib/content-check/); this only stops a page
 * from being made with a broken list.
 */
export function loadAbbreviations(root = process.cwd()): Abbreviations {
  const path = join(root, ABBREVIATIONS_FILE);
  if (!existsSync(path)) return abbreviationsSchema.parse({});
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'), { schema: 'core' }) ?? {};
  } catch (error) {
    throw new Error(`${ABBREVIATIONS_FILE} chưa đọc được (${(error as Error).message}). Chạy npm run check để xem cách sửa.`, {
      cause: error,
    });
  }
  const result = abbreviationsSchema.safeParse(raw, PARSE_OPTIONS);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(
      `${ABBREVIATIONS_FILE} có lỗi ở "${first?.path.join('.') ?? ''}": ${first?.message}. Chạy npm run check để xem cách sửa.`,
    );
  }
  return result.data;
}

let loaded: Abbreviations | undefined;
/** The list, read once per process. */
export function abbreviations(): Abbreviations {
  loaded ??= loadAbbreviations();
  return loaded;
}
