import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentIds } from '../../src/lib/editor-schemas.ts';
import { fieldPaths, jsonSchemaFor } from '../../src/lib/json-schemas.ts';
import { COLLECTIONS } from '../../src/schemas/vocabulary.ts';

// The authoring guide documents every field of every collection, and no field that does not exist.
const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
const ids = contentIds(process.cwd());

function documented(collection: string): string[] {
  const section = guide.split(/^## /m).find((s) => s.split('\n')[0]!.includes(`(content/${collection}/)`));
  if (!section) return [];
  return [...section.matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((m) => m[1]!).sort();
}

describe('the authoring guide', () => {
  for (const collection of COLLECTIONS) {
    it(`lists exactly the fields of ${collection}`, () => {
      expect(documented(collection)).toEqual(fieldPaths(jsonSchemaFor(collection, ids)).sort());
    });
  }
});
