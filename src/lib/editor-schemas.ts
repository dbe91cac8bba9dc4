import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabulary.ts';
import { parseContentFile } from './content-check/frontmatter.ts';
import { allJsonSchemas } from './json-schemas.ts';

const ENTRY_FILE = /^[^_.].*\.(mdx|ya?ml)$/;

/** The ids in content/, per collection: file names without extension, drafts (_name) left out. */
export function contentIds(root: string): Map<CollectionName, string[]> {
  return new Map(
    COLLECTIONS.map((c) => {
      const dir = join(root, 'content', c);
      const ids = existsSync(dir) ? readdirSync(dir).filter((f) => ENTRY_FILE.test(f)).map((f) => f.replace(/\.(mdx|ya?ml)$/, '')).sort() : [];
      return [c, ids];
    }),
  );
}

/** What a person calls each entry: a village's name, a movement's short name, a story's title; the id when the file has none. */
export function contentLabels(root: string): Map<CollectionName, Map<string, string>> {
  return new Map(
    COLLECTIONS.map((c) => {
      const dir = join(root, 'content', c);
      const labels = new Map<string, string>();
      if (existsSync(dir)) {
        for (const file of readdirSync(dir).filter((f) => ENTRY_FILE.test(f)).sort()) {
          const id = file.replace(/\.(mdx|ya?ml)$/, '');
          const { data } = parseContentFile(readFileSync(join(dir, file), 'utf8'), extname(file) === '.mdx' ? 'mdx' : 'yaml');
          const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
          const label = [fields.shortName, fields.name, fields.title].find((v): v is string => typeof v === 'string' && v.trim() !== '');
          labels.set(id, label ?? id);
        }
      }
      return [c, labels];
    }),
  );
}

/** Writes .vscode/schemas/<collection>.json, the schemas VS Code checks frontmatter with. */
export function writeEditorSchemas(root: string): void {
  const out = join(root, '.vscode/schemas');
  mkdirSync(out, { recursive: true });
  for (const [collection, text] of Object.entries(allJsonSchemas(contentIds(root)))) writeFileSync(join(out, `${collection}.json`), text);
}
