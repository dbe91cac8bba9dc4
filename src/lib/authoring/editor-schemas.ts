import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '#schemas/vocabulary.ts';
import { parseContentFile } from '../content-check/frontmatter.ts';
import { FORMAT, discoverContentFiles, readContentFile, type ContentFile } from '../content/files.ts';
import { allJsonSchemas } from './json-schemas.ts';

/** The published entries in content/, per collection, from the list the site loads (src/lib/content/files.ts). */
function entriesByCollection(root: string): Map<CollectionName, ContentFile[]> {
  const { entries } = discoverContentFiles(root);
  return new Map(
    COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  );
}

/** The ids in content/, per collection: entries at any depth, drafts (_name) left out. */
export function contentIds(root: string): Map<CollectionName, string[]> {
  return new Map([...entriesByCollection(root)].map(([c, entries]) => [c, entries.map((e) => e.id)]));
}

/** What a person calls each entry: a village's name, a movement's short name, a story's title; the id when the file has none. */
export function contentLabels(root: string): Map<CollectionName, Map<string, string>> {
  return new Map(
    [...entriesByCollection(root)].map(([c, entries]) => {
      const labels = new Map<string, string>();
      for (const entry of entries) {
        const { text } = readContentFile(join(root, entry.file));
        const { data } = text === undefined ? { data: undefined } : parseContentFile(text, FORMAT[c]);
        const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
        const label = [fields.shortName, fields.name, fields.title].find((v): v is string => typeof v === 'string' && v.trim() !== '');
        labels.set(entry.id, label ?? entry.id);
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
