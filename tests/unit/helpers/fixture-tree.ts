import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../../..');
/** The fixture commune (xã Minh Tiến), the one the browser tests' fixture site is built from. */
export const FIXTURE_CONTENT = resolve(PROJECT, 'tests/fixtures/sites/minh-tien/content');
const FIXTURE_ENTRIES = resolve(PROJECT, 'tests/fixtures/entries');

/** The fixture entries in `folder`: each file as text, and the exemplar with one line changed. */
export function fixtureEntries(folder: string) {
  const fixture = (name: string) => readFileSync(join(folder, name), 'utf8');
  /** The fixture exemplar with one frontmatter line replaced (or removed when `to` is null). */
  const exemplarWith = (from: string | RegExp, to: string | null): string => {
    const text = fixture('exemplar.mdx');
    const next = to === null ? text.replace(typeof from === 'string' ? `${from}\n` : from, '') : text.replace(from, to);
    if (next === text) throw new Error(`fixture does not contain ${String(from)}`);
    return next;
  };
  return { fixture, exemplarWith };
}

export type ContentTree = ReturnType<typeof contentTreeOf>;

/**
 * A throw-away content folder: a commune's site.yaml, plans, movements, units and villages
 * (from the content folder `commune`), plus one valid person record, exemplar, practice and
 * script from `entries` that refer to them.
 */
export function contentTreeOf(commune: string, entries: string) {
  const root = mkdtempSync(join(tmpdir(), 'guong-sang-'));
  for (const item of ['site.yaml', 'plans', 'movements', 'units', 'villages']) {
    cpSync(join(commune, item), join(root, 'content', item), { recursive: true });
  }
  const write = (path: string, text: string | Buffer) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  const { fixture } = fixtureEntries(entries);
  write('content/images/cover.png', readFileSync(join(entries, 'cover.png')));
  write('content/people/nong-van-thu.yaml', fixture('person.yaml'));
  write('content/exemplars/anh-nong-van-thu.mdx', fixture('exemplar.mdx'));
  write('content/practices/trong-hoi-xen-che.mdx', fixture('practice.mdx'));
  write('content/scripts/kich-ban-thu.mdx', fixture('script.mdx'));
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The fixture commune with the entries of tests/fixtures/entries: nothing comes from the
 * project's own content/, so the tests pass for a commune that has replaced it.
 */
export const makeContentTree = () => contentTreeOf(FIXTURE_CONTENT, FIXTURE_ENTRIES);
export const { fixture, exemplarWith } = fixtureEntries(FIXTURE_ENTRIES);
