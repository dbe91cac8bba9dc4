import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { FIXTURE_CONTENT, makeContentTree } from './helpers/fixture-tree.ts';

// The office's mailbox and line are printed at the foot of every page: content/site.yaml may
// publish an office's, never a person's, and a mistake elsewhere in the file must not hide that.
const SITE = readFileSync(join(FIXTURE_CONTENT, 'site.yaml'), 'utf8');
const OFFICE = /office:\n(?: {2}.*\n)+/;

let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

function problemsWith(site: string) {
  tree = makeContentTree();
  tree.write('content/site.yaml', site);
  return checkContent(tree.root).problems.filter((p) => p.file === 'content/site.yaml');
}

describe("site.yaml's office", () => {
  it('accepts an office mailbox and landline', () => {
    expect(problemsWith(SITE)).toEqual([]);
  });

  it("refuses a person's phone and mailbox written into office.name, beside the office's own mailbox", () => {
    const site = SITE.replace(
      OFFICE,
      'office: { name: "Văn phòng xã, gặp chị Liên 0912 345 678 hoặc lienhoang1975@gmail.com", email: vanphong@minhtien.example }\n',
    );
    const problems = problemsWith(site).filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/số điện thoại/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/e-mail cá nhân/);
  });

  it('refuses a free mailbox as office.email, at its line', () => {
    const problems = problemsWith(SITE.replace('email: vanphong@minhtien.example', 'email: lienhoang1975@gmail.com'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'office.email', line: 13 })]);
    expect(problems[0]!.message).not.toContain('lienhoang1975');
  });

  it('warns about a mobile number as office.phone', () => {
    const problems = problemsWith(SITE.replace('phone: 0210 3 000 000', 'phone: "0912 345 678"'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'office.phone', line: 14 })]);
  });

  it('reports a YAML mistake at its line, and not the office mailbox as a private detail', () => {
    const problems = problemsWith(SITE.replace('province: tỉnh Thái Hòa', 'province: "tỉnh Thái Hòa'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => !/e-mail|điện thoại/.test(p.message))).toBe(true);
  });
});
