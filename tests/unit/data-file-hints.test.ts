import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import type { Problem } from '#lib/content-check/problem.ts';
import { makeContentTree } from './helpers/fixture-tree.ts';

const SITE = 'content/site.yaml';
const SLUG_HINT = /gạch ngang/;

let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

/** The errors of a content tree whose site.yaml is changed by `edit`, and whose `files` are written. */
function errorsWith(edit: (site: string) => string, files: Record<string, string> = {}): Problem[] {
  tree = makeContentTree();
  const site = readFileSync(join(tree.root, SITE), 'utf8');
  const edited = edit(site);
  if (edited === site) throw new Error('the edit changed nothing');
  tree.write(SITE, edited);
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  return checkContent(tree.root).problems.filter((p) => p.severity === 'error');
}
const at = (problems: Problem[], file: string, field: string) => problems.find((p) => p.file === file && p.field === field);

describe("site.yaml's addresses get their own advice, not a file name's", () => {
  it('an office e-mail that is not one', () => {
    const hint = at(
      errorsWith((s) => s.replace(/email: .*/, 'email: van phong')),
      SITE,
      'office.email',
    )?.hint;
    expect(hint).toMatch(/vanphong@xa\.gov\.vn/);
    expect(hint).not.toMatch(SLUG_HINT);
  });

  it.each([
    ['the site', (s: string) => s.replace(/^url: .*/m, 'url: guongsang.tenxa'), 'url'],
    ['the licence', (s: string) => s.replace(/(license:\n(?: .*\n)*?\s+url: ).*/, '$1creativecommons.org'), 'license.url'],
  ])('a web address of %s without https://', (_what, edit, field) => {
    const hint = at(errorsWith(edit), SITE, field)?.hint;
    expect(hint).toMatch(/https:\/\//);
    expect(hint).not.toMatch(SLUG_HINT);
  });

  it('an office phone that is not a number says so, not how to write a file name', () => {
    const hint = at(
      errorsWith((s) => s.replace(/phone: .*/, 'phone: gọi văn phòng')),
      SITE,
      'office.phone',
    )?.hint;
    expect(hint).toBeDefined();
    expect(hint).not.toMatch(SLUG_HINT);
  });
});

describe('a missing field in a YAML file', () => {
  it('in site.yaml: a line of the file, no "---", and the guide for another commune', () => {
    const hint = at(
      errorsWith((s) => s.replace(/^station: .*\n/m, '')),
      SITE,
      'station',
    )?.hint;
    expect(hint).toMatch(/^Thêm dòng "station: …"/);
    expect(hint).not.toMatch(/---/);
    expect(hint).toContain('docs/dung-cho-xa-khac.md');
  });

  it('in site.yaml, a field of a group: under its group line', () => {
    const hint = at(
      errorsWith((s) => s.replace(/^ {2}shortName: .*\n/m, '')),
      SITE,
      'authority.shortName',
    )?.hint;
    expect(hint).toMatch(/"shortName: …".*"authority:"/);
    expect(hint).not.toMatch(/---/);
  });

  it('in a person record: no "---", and the editing guide', () => {
    const record =
      'ageGroup: tu-16-tro-len\nconsent:\n  givenBy: Hoàng Thị Mẫu\n  date: 2023-11-01\n  recordedBy: Hội Phụ nữ xã\n  sensitive: []\nsample: true\n';
    const hint = at(
      errorsWith((s) => `${s}\n`, { 'content/people/hoang-thi-mau.yaml': record }),
      'content/people/hoang-thi-mau.yaml',
      'name',
    )?.hint;
    expect(hint).toMatch(/^Thêm dòng "name: …"/);
    expect(hint).not.toMatch(/---/);
    expect(hint).toContain('docs/huong-dan-bien-tap.md');
  });
});
