import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabulary.ts';
import { allJsonSchemas } from './json-schemas.ts';

/** The ids in content/, per collection: file names without extension, drafts (_name) left out. */
export function contentIds(root: string): Map<CollectionName, string[]> {
  return new Map(
    COLLECTIONS.map((c) => {
      const dir = join(root, 'content', c);
      const ids = existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_.].*\.(mdx|ya?ml)$/.test(f)).map((f) => f.replace(/\.(mdx|ya?ml)$/, '')).sort() : [];
      return [c, ids];
    }),
  );
}

/** Writes .vscode/schemas/<collection>.json, the schemas VS Code checks frontmatter with. */
export function writeEditorSchemas(root: string): void {
  const out = join(root, '.vscode/schemas');
  mkdirSync(out, { recursive: true });
  for (const [collection, text] of Object.entries(allJsonSchemas(contentIds(root)))) writeFileSync(join(out, `${collection}.json`), text);
}
