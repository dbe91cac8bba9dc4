import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';

// An exemplar may welcome study visits; a village may have a place on the map and a role that
// takes nominations. Each rule: one valid file, one invalid per rule.
const EXEMPLAR = 'content/exemplars/anh-nong-van-thu.mdx';
const VILLAGE = 'content/villages/thon-dong.yaml';
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

function problemsFor(files: Record<string, string>) {
  tree = makeContentTree();
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  return checkContent(tree.root).problems.filter((p) => p.severity === 'error');
}

const VISITS = `visits:
  see:
    - "Đồi hồi hữu cơ"
  season: "Tháng 8 đến tháng 10"
  arrange: "Đăng ký qua Mặt trận xã trước một tuần"
  through: mat-tran-xa
  groupSize: 20
sample: true`;
const withVisits = (visits: string) => exemplarWith('sample: true', visits);

describe('visits on an exemplar', () => {
  it('accepts what visitors see, when, and the unit that arranges it', () => {
    expect(problemsFor({ [EXEMPLAR]: withVisits(VISITS) })).toEqual([]);
  });

  it('refuses a unit that does not exist, and says which ones do', () => {
    const [error, ...rest] = problemsFor({ [EXEMPLAR]: withVisits(VISITS.replace('through: mat-tran-xa', 'through: mat-tran')) });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: 'visits.through' });
    expect(error?.message).toContain('mat-tran-xa');
  });

  it('refuses a visit block with nothing to see', () => {
    const [error] = problemsFor({ [EXEMPLAR]: withVisits(VISITS.replace('  see:\n    - "Đồi hồi hữu cơ"', '  see: []')) });
    expect(error).toMatchObject({ field: 'visits.see' });
  });

  it("refuses a person's phone number in how to arrange a visit", () => {
    const errors = problemsFor({ [EXEMPLAR]: withVisits(VISITS.replace('trước một tuần', 'hoặc gọi anh Thử 0912 345 678')) });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /điện thoại/i.test(e.message))).toBe(true);
  });
});

describe('a village on the map and who takes nominations there', () => {
  const village = (extra: string) => `name: Thôn Đông\norder: 1\n${extra}\nsample: true\n`;

  it('accepts a position on the 0–100 grid, marked as a sketch, and a role with a place', () => {
    expect(
      problemsFor({ [VILLAGE]: village('map: { x: 20, y: 35.5, sketch: true }\ncontact: { role: Trưởng thôn, place: Nhà văn hóa thôn }') }),
    ).toEqual([]);
  });

  it('refuses a position off the grid, naming the axis', () => {
    const [error] = problemsFor({ [VILLAGE]: village('map: { x: 120, y: 35 }') });
    expect(error).toMatchObject({ field: 'map.x' });
    expect(error?.message).toContain('0 đến 100');
  });

  it('refuses a contact without a role, and a phone number in it', () => {
    expect(problemsFor({ [VILLAGE]: village('contact: { place: Nhà văn hóa thôn }') })[0]).toMatchObject({ field: 'contact.role' });
    const errors = problemsFor({ [VILLAGE]: village('contact: { role: "Trưởng thôn, số 0912 345 678" }') });
    expect(errors.some((e) => /điện thoại/i.test(e.message))).toBe(true);
  });
});
