import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(PROJECT, 'tests/fixtures/entries');

export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/**
 * A throw-away content folder: the project's real site.yaml, plan, movements, units and villages,
 * plus one valid person record, exemplar, practice and script from tests/fixtures/entries.
 */
export function makeContentTree() {
  const root = mkdtempSync(join(tmpdir(), 'guong-sang-'));
  for (const folder of ['plans', 'movements', 'units', 'villages']) {
    cpSync(join(PROJECT, 'content', folder), join(root, 'content', folder), { recursive: true });
  }
  cpSync(join(PROJECT, 'content/site.yaml'), join(root, 'content/site.yaml'));
  const write = (path: string, text: string | Buffer) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  write('content/images/cover.png', readFileSync(join(FIXTURES, 'cover.png')));
  write('content/people/nong-van-thu.yaml', fixture('person.yaml'));
  write('content/exemplars/anh-nong-van-thu.mdx', fixture('exemplar.mdx'));
  write('content/practices/trong-hoi-xen-che.mdx', fixture('practice.mdx'));
  write('content/scripts/kich-ban-thu.mdx', fixture('script.mdx'));
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The fixture exemplar with one frontmatter line replaced (or removed when `to` is null). */
export function exemplarWith(from: string | RegExp, to: string | null): string {
  const text = fixture('exemplar.mdx');
  const next = to === null ? text.replace(typeof from === 'string' ? `${from}\n` : from, '') : text.replace(from, to);
  if (next === text) throw new Error(`fixture does not contain ${String(from)}`);
  return next;
}
