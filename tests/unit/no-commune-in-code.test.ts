import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldVietnamese } from '#lib/site/fold.ts';

// Nothing about one commune is written into code: its names come from content/ (site.yaml and the
// village files), so another commune adopts the site by changing content only.
const site = parse(readFileSync('content/site.yaml', 'utf8')) as { commune: string; province: string; district?: string; siteName: string };
const villages = readdirSync('content/villages').map(
  (f) => (parse(readFileSync(join('content/villages', f), 'utf8')) as { name: string }).name,
);
const strip = (name: string) => name.replace(/^(xã|tỉnh|thành phố|huyện|thôn|bản|xóm)\s+/i, '');
// A one-word name (Thôn Mới, Thôn Đông) is an everyday word: finding it in code says nothing.
const names = [site.commune, site.province, ...(site.district ? [site.district] : []), ...villages]
  .map(strip)
  .filter((name) => /\s/.test(name.trim()));

/** The ways code could spell a name: as written, without marks, as a slug, run together. */
function spellings(name: string): string[] {
  const folded = foldVietnamese(name).toLowerCase();
  return [...new Set([name.toLowerCase(), folded, folded.replace(/\s+/g, '-'), folded.replace(/\s+/g, '')])];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('code names no commune', () => {
  it('has names to look for', () => {
    expect(names).toContain(strip(site.commune));
    expect(names.length).toBeGreaterThan(1);
    expect(spellings('Quảng Lạc')).toEqual(['quảng lạc', 'quang lac', 'quang-lac', 'quanglac']);
  });
  it.each(['src', 'scripts'])('no file under %s/ names the commune, its province or its villages', (dir) => {
    const found = files(dir).flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return names.flatMap((name) =>
        spellings(name)
          .filter((s) => text.includes(s))
          .map((s) => `${file}: ${s}`),
      );
    });
    expect(found).toEqual([]);
  });
});
