/**
 * Where the Tày and Nùng versions of scripts live: `content/scripts/<lang>/<script-id>.mdx`.
 * Plain Node, read by the content config, the loaders and the queries.
 */
import type { ScriptLanguage } from '#schemas/vocabulary.ts';
import { SCRIPT_VERSIONS, discoverContentFiles } from '../content/files.ts';

/** "tyz/<script-id>": the language folder and the script's file name. */
export function versionId(entry: string): { id: string; language: ScriptLanguage; script: string } {
  const parts = entry.split(/[\\/]/);
  const language = parts[0] as ScriptLanguage;
  const script = parts.at(-1)!.replace(/\.mdx$/, '');
  return { id: `${language}/${script}`, language, script };
}

/**
 * Whether any version is published (the list the loaders read, src/lib/content/files.ts):
 * Astro warns when a page queries an empty collection, so the query skips it then.
 */
export function hasVersionFiles(root = process.cwd()): boolean {
  return discoverContentFiles(root, ['scripts']).entries.some((file) => file.collection === SCRIPT_VERSIONS);
}
