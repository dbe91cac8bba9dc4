/**
 * Where the Tày and Nùng versions of scripts live: `content/scripts/<lang>/<script-id>.mdx`.
 * Plain Node, read by the content config, the loaders and the queries.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPT_LANGUAGES, type ScriptLanguage } from '../schemas/vocabulary.ts';

/** The glob pattern of the versions under content/scripts/, and of the scripts without them. */
export const VERSION_PATTERN = `{${SCRIPT_LANGUAGES.join(',')}}/**/[^_]*.mdx`;
export const WITHOUT_VERSIONS = `!{${SCRIPT_LANGUAGES.join(',')}}/**`;

/** "tyz/<script-id>": the language folder and the script's file name. */
export function versionId(entry: string): { id: string; language: ScriptLanguage; script: string } {
  const parts = entry.split(/[\\/]/);
  const language = parts[0] as ScriptLanguage;
  const script = parts.at(-1)!.replace(/\.mdx$/, '');
  return { id: `${language}/${script}`, language, script };
}

/**
 * Whether any version exists: Astro warns about a collection with no files, on every build
 * of a commune that has none yet, so the loader and the query skip it then.
 */
export function hasVersionFiles(root = process.cwd()): boolean {
  const has = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.name.startsWith('_') ? false : e.isDirectory() ? has(join(dir, e.name)) : e.name.endsWith('.mdx'),
    );
  return SCRIPT_LANGUAGES.some((lang) => has(join(root, 'content/scripts', lang)));
}
