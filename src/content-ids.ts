import { basename, extname } from 'node:path';

/**
 * An entry's id is its file name without extension, wherever it sits below the
 * collection folder (editors may sort stories into year folders). Two files with
 * the same name are therefore the same id, which the content checker rejects.
 */
export function entryIdFromPath(entry: string): string {
  return basename(entry, extname(entry));
}
