import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAX_LINES = 300;

/** Every code file under a folder: what a maintainer opens and reads whole. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(?:ts|mts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('code health', () => {
  it(`keeps every file under src/ and scripts/ at ${MAX_LINES} lines or fewer: a longer one holds more than one idea`, () => {
    const files = ['src', 'scripts'].flatMap((folder) => codeFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .map((path) => ({ file: relative(ROOT, path), lines: readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
