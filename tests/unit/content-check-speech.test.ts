import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkContent } from '#lib/content-check/checker.ts';
import { fixture, makeContentTree } from './helpers/fixture-tree.ts';

const SCRIPT = 'content/scripts/kich-ban-thu.mdx';
const VERSION = 'content/scripts/tyz/kich-ban-thu.mdx';
const LIST = readFileSync('content/abbreviations.yaml', 'utf8');
const version = readFileSync('tests/fixtures/loudspeaker/tyz-version.mdx', 'utf8');
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

function problemsFor(files: Record<string, string>) {
  tree = makeContentTree();
  tree.write('content/abbreviations.yaml', LIST);
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  return checkContent(tree.root).problems;
}
const withLine = (line: string, status = 'da-duyet') =>
  fixture('script.mdx')
    .replace('status: da-duyet', `status: ${status}`)
    .replace('Anh Nông Văn Thử ở thôn', `${line}\n\nAnh Nông Văn Thử ở thôn`);

describe('what a script\u2019s loudspeaker copy says once short forms are read out', () => {
  it('refuses a phone number hidden in abbreviations.yaml, which only the .txt would say', () => {
    tree = makeContentTree();
    tree.write(
      'content/abbreviations.yaml',
      LIST.replace('abbreviations:\n', 'abbreviations:\n  SĐTA: không chín một hai\n  SĐTB: ba bốn năm sáu bảy tám\n'),
    );
    tree.write(SCRIPT, withLine('Có việc gấp bà con gọi SĐTA SĐTB.'));
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ file: SCRIPT, field: 'nội dung' })]);
    expect(errors[0]!.message).toMatch(/^Lời đọc trên loa có số điện thoại/);
    expect(errors[0]!.hint).toContain('content/abbreviations.yaml');
  });
});

describe('what an approved script\u2019s loudspeaker copy cannot say', () => {
  it('accepts numbers, dates, money and listed abbreviations', () => {
    expect(
      problemsFor({ [SCRIPT]: withLine('Quyết định số 212/QĐ-UBND ngày 22/12/2023, thưởng 12.500.000 đồng; 25% số hộ; họp lúc 7h30.') }),
    ).toEqual([]);
  });

  it('warns at the line of each symbol, emoji and unknown abbreviation, with how to fix it', () => {
    const problems = problemsFor({ [SCRIPT]: withLine('Tổ #1 & BQLDA họp ~ 2 giờ 🙂, nam/nữ.') });
    expect(problems.every((p) => p.severity === 'warning' && p.file === SCRIPT && p.line === 13 && p.field === 'nội dung')).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([
      'Loa đọc bằng máy không đọc được ký hiệu "#".',
      'Loa đọc bằng máy không đọc được ký hiệu "&".',
      'Loa đọc bằng máy không đọc được ký hiệu "~".',
      'Loa đọc bằng máy không đọc được biểu tượng "🙂".',
      'Loa đọc bằng máy không đọc được ký hiệu "/".',
      'Chữ viết tắt "BQLDA" chưa có cách đọc: loa sẽ đánh vần hoặc đọc sai.',
    ]);
    expect(problems.at(-1)?.hint).toContain('content/abbreviations.yaml');
  });

  it('says nothing about a draft', () => {
    expect(problemsFor({ [SCRIPT]: withLine('Tổ #1 & BQLDA', 'ban-nhap') })).toEqual([]);
  });

  it('learns a new abbreviation from the list', () => {
    const list = LIST.replace('abbreviations:\n', 'abbreviations:\n  BQLDA: Ban Quản lý dự án\n');
    expect(problemsFor({ 'content/abbreviations.yaml': list, [SCRIPT]: withLine('BQLDA xã họp.') })).toEqual([]);
  });
});

describe('content/abbreviations.yaml', () => {
  it('is checked like every content file, with the line of the mistake', () => {
    const problems = problemsFor({
      'content/abbreviations.yaml': 'abbreviations:\n  UBND: Ủy ban nhân dân\n  Uỷ ban: UB\nunit:\n  ha: héc-ta\n',
    });
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['content/abbreviations.yaml', 3, 'error'],
      ['content/abbreviations.yaml', 5, 'error'],
    ]);
    expect(problems[0]!.message).toContain('viết liền');
    expect(problems[1]!.message).toContain('"unit"');
  });

  it('reports YAML it cannot read', () => {
    const [problem] = problemsFor({ 'content/abbreviations.yaml': 'abbreviations:\n  UBND: Ủy ban nhân dân\n  UBND: lặp\n' });
    expect(problem).toMatchObject({ file: 'content/abbreviations.yaml', line: 3, severity: 'error' });
  });
});

describe('Tày and Nùng versions', () => {
  it('accepts a version named after its script', () => {
    expect(problemsFor({ [VERSION]: version })).toEqual([]);
  });

  it('refuses a version whose script does not exist', () => {
    const [problem, ...rest] = problemsFor({ 'content/scripts/nut/khong-co.mdx': version });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/scripts/nut/khong-co.mdx', severity: 'error' });
    expect(problem?.message).toContain('Bản tiếng Nùng "khong-co"');
  });

  it('checks a version\u2019s fields and body like a script\u2019s', () => {
    const problems = problemsFor({
      [VERSION]: version.replace('status: da-duyet', 'status: duyet').replace('Đoạn kiểm thử thứ hai', '<script>x</script>'),
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.field])).toEqual([
      [VERSION, 'status'],
      [VERSION, 'nội dung'],
    ]);
  });

  it('warns when the version is approved and the script is not', () => {
    const [problem] = problemsFor({ [SCRIPT]: fixture('script.mdx').replace('status: da-duyet', 'status: ban-nhap'), [VERSION]: version });
    expect(problem).toMatchObject({ file: VERSION, field: 'status', severity: 'warning' });
  });
});
