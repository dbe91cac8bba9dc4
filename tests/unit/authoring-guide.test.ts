import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentIds } from '#lib/authoring/editor-schemas.ts';
import { fieldPaths, jsonSchemaFor } from '#lib/authoring/json-schemas.ts';
import { z } from 'astro/zod';
import { scriptVersionSchema } from '#schemas/script-version.ts';
import { COLLECTIONS } from '#schemas/vocabulary.ts';

// The authoring guide documents every field of every collection, and no field that does not exist.
const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
const ids = contentIds(process.cwd());

const sectionOf = (collection: string) => guide.split(/^## /m).find((s) => s.split('\n')[0]!.includes(`(content/${collection}/`)) ?? '';

function documented(collection: string): string[] {
  return [...sectionOf(collection).matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((m) => m[1]!).sort();
}

/** Table rows whose last cell, the example, is empty. */
function withoutExample(collection: string): string[] {
  return [...sectionOf(collection).matchAll(/^\| `([A-Za-z.]+)` \|(.*)\|\s*$/gm)]
    .filter((m) => m[2]!.split('|').length !== 3 || !m[2]!.split('|')[2]!.trim())
    .map((m) => m[1]!);
}

describe('the authoring guide', () => {
  for (const collection of COLLECTIONS) {
    it(`lists exactly the fields of ${collection}`, () => {
      expect(documented(collection)).toEqual(fieldPaths(jsonSchemaFor(collection, ids)).sort());
    });
    it(`gives an example for every field of ${collection}`, () => {
      expect(withoutExample(collection)).toEqual([]);
    });
  }
  it('lists exactly the fields of a Tày or Nùng version, each with an example', () => {
    const schema = z.toJSONSchema(scriptVersionSchema({ ref: () => z.string() }), { io: 'input' }) as {
      properties: Record<string, unknown>;
    };
    expect(documented('scripts/tyz')).toEqual(Object.keys(schema.properties).sort());
    expect(withoutExample('scripts/tyz')).toEqual([]);
  });
  it.each([
    [
      'adding a Tày or Nùng version, where it goes and that it is not translated',
      /npm run new -- tyz[\s\S]*content\/scripts\/tyz\/[\s\S]*không tự dịch/,
    ],
    [
      'numbers and abbreviations as the loudspeaker reads them, and the list editors extend',
      /12\.500\.000 đồng[\s\S]*mười hai triệu năm trăm nghìn đồng[\s\S]*content\/abbreviations\.yaml[\s\S]*BQLDA/,
    ],
    ['adding a story, a good practice and a script', /npm run new -- exemplar[\s\S]*npm run new -- practice[\s\S]*npm run new -- script/],
    ['checking', /npm run check/],
    ['previewing', /npm run dev/],
    ['publishing', /git push/],
    ['the web editor', /npm run cms/],
    ['pictures with alt text', /## Ảnh và lời tả ảnh[\s\S]*alt/],
    ['consent, minors, private numbers and why', /consent[\s\S]*dưới 16 tuổi[\s\S]*số điện thoại, số căn cước[\s\S]*Vì sao/],
    [
      'drafts: where they go, and that check still reads them',
      /## Tên tệp, thư mục, bản nháp[\s\S]*dấu `_`[\s\S]*không được\s+đăng[\s\S]*npm run check/,
    ],
    ['saving files as UTF-8', /## Lưu tệp: mã UTF-8[\s\S]*Windows-1258/],
  ])('explains %s', (_what, pattern) => expect(guide).toMatch(pattern));
});
