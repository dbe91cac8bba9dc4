import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseContentFile } from '#lib/content-check/frontmatter.ts';

// The checker reads a valid frontmatter with js-yaml and builds the yaml package's document only
// when a line is needed: both must read every file of the sample and the fixtures alike.
function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(mdx|ya?ml)$/.test(name) ? [path] : [];
  });
}
const files = [...contentFiles('content'), ...contentFiles('tests/fixtures/sites')];

describe('frontmatter: the fast path reads what the yaml package reads', () => {
  // Counts any commune's content/ can meet, the sample's or another's.
  it('has files to compare, from content/ and from the fixtures', () => {
    expect(files.filter((file) => file.startsWith('content/')).length).toBeGreaterThan(10);
    expect(files.filter((file) => file.startsWith('tests/')).length).toBeGreaterThan(20);
  });
  it.each(files.map((file) => [file]))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const kind = file.endsWith('.mdx') ? 'mdx' : 'yaml';
    const parsed = parseContentFile(text, kind);
    expect(parsed.errors).toEqual([]);
    const yamlText = kind === 'mdx' ? text.split(/^---[ \t]*$/m)[1]! : text;
    expect(parsed.data).toEqual(parseDocument(yamlText, { schema: 'core', uniqueKeys: true }).toJS() ?? null);
  });

  it('still points at the line of a field, and gives the yaml package its say on a broken file', () => {
    const parsed = parseContentFile('---\ntitle: Bài\nyear: 2023\nsummary: "chưa đóng\n---\nThân bài', 'mdx');
    expect(parsed.errors[0]?.line).toBe(4);
    const ok = parseContentFile('---\ntitle: Bài\nyear: 2023\n---\nThân bài', 'mdx');
    expect(ok.lineOf(['year'])).toBe(3);
  });

  it('leaves anchors and aliases to the yaml package, which limits how far they expand', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    expect(parseContentFile(bomb, 'yaml').errors[0]?.message).toMatch(/bí danh/);
  });
});
