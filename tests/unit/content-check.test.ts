import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { formatProblem } from '#lib/content-check/problem.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';

const EXEMPLAR = 'content/exemplars/anh-nong-van-thu.mdx';
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

function errorsFor(files: Record<string, string>) {
  tree = makeContentTree();
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  return checkContent(tree.root).problems.filter((p) => p.severity === 'error');
}

describe('the content checker', () => {
  // The fixtures hold money amounts, years and decision numbers: none is a private detail.
  it('accepts the valid fixtures and the real plan, movements, units and villages', () => {
    expect(errorsFor({})).toEqual([]);
  });

  it('names the file, line and field of an unknown movement, and lists the valid ones', () => {
    const [error, ...rest] = errorsFor({ [EXEMPLAR]: exemplarWith('movement: nong-thon-moi', 'movement: kinh-te-so') });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: EXEMPLAR, line: 5, field: 'movement' });
    expect(error?.message).toContain('"kinh-te-so" không có trong danh sách');
    expect(error?.message).toContain('nong-thon-moi');
  });

  it('says when a list is still empty, rather than listing no valid value', () => {
    tree = makeContentTree();
    rmSync(join(tree.root, 'content/units'), { recursive: true });
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error' && p.field === 'unit');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.message).toContain('Chưa có đơn vị nào trong content/units/');
      expect(error.message).not.toContain('Các giá trị hợp lệ: .');
    }
  });

  it('rejects an unknown unit and an unknown village', () => {
    const errors = errorsFor({
      [EXEMPLAR]: exemplarWith('unit: ubnd-xa', 'unit: hoi-nong-dan').replace('village: thon-dong', 'village: thon-dongg'),
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['unit', 'village']);
    expect(errors.find((e) => e.field === 'unit')?.message).toContain('Đơn vị "hoi-nong-dan"');
  });

  it('rejects a reference from a practice to an exemplar that does not exist', () => {
    const errors = errorsFor({
      'content/practices/trong-hoi-xen-che.mdx': fixture('practice.mdx').replace('[anh-nong-van-thu]', '[anh-khong-co]'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/practices/trong-hoi-xen-che.mdx', field: 'exemplars[0]', line: 3 });
  });

  it('reports a missing required field', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith(/summary: .*\n/, '') });
    expect(error).toMatchObject({ file: EXEMPLAR, field: 'summary' });
    expect(error?.message).toContain('Thiếu');
  });

  it('rejects a date that does not exist instead of rolling it over', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-30') });
    expect(error).toMatchObject({ file: EXEMPLAR, field: 'publishedAt', line: 19 });
    expect(error?.message).toContain('không có thật');
  });

  it('rejects a nested impossible date with its path', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('    date: 2023-12-20', '    date: 2023-13-01') });
    expect(error).toMatchObject({ field: 'recognitions[0].date', line: 14 });
  });

  it('reports YAML that does not parse with its line', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('name: Nông Văn Thử', 'name: "Nông Văn Thử') });
    expect(error).toMatchObject({ file: EXEMPLAR, field: 'frontmatter' });
    expect(error?.message).toContain('YAML');
  });

  it('rejects a missing image and a missing alt text', () => {
    const errors = errorsFor({
      [EXEMPLAR]: exemplarWith('../images/cover.png', '../images/khong-co.png').replace(/ {2}alt: .*\n/, ''),
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['cover.alt', 'cover.src']);
    expect(errors.find((e) => e.field === 'cover.src')?.message).toContain('Không tìm thấy ảnh');
  });

  const PERSON = 'content/people/nong-van-thu.yaml';
  const personWith = (from: string | RegExp, to: string) => {
    const text = fixture('person.yaml');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`person fixture does not contain ${String(from)}`);
    return next;
  };

  it('rejects a person on record without consent, at the record', () => {
    const [error, ...rest] = errorsFor({ [PERSON]: personWith(/consent:\n( {2}.*\n)+/, '') });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: PERSON, field: 'consent' });
    expect(error?.message).toContain('đồng ý');
  });

  it('rejects a story about a person whose subject is not on record', () => {
    const errors = errorsFor({ [EXEMPLAR]: exemplarWith('people: [nong-van-thu]', 'people: []') });
    expect(errors.find((e) => e.field === 'people')).toMatchObject({
      file: EXEMPLAR,
      line: 21,
      message: expect.stringContaining('người được nêu gương'),
    });
    // The name in the title is found too, once, with the record to add.
    expect(errors.filter((e) => e.field !== 'people')).toEqual([
      expect.objectContaining({
        field: 'title',
        line: 2,
        message: expect.stringContaining('chưa ghi người này trong people'),
        hint: expect.stringContaining('nong-van-thu'),
      }),
    ]);
  });

  it('accepts a collective without anyone on record when it names no one', () => {
    const collective = exemplarWith('people: [nong-van-thu]', 'people: []')
      .replace('kind: ca-nhan', 'kind: tap-the')
      .replace('name: Nông Văn Thử', 'name: Tổ hợp tác trồng hồi')
      .replace('Anh Nông Văn Thử: điển hình', 'Tổ hợp tác trồng hồi: điển hình')
      .replace('<Quote by="Anh Nông Văn Thử">', '<Quote by="Tổ trưởng">');
    expect(
      errorsFor({
        [EXEMPLAR]: collective,
        'content/scripts/kich-ban-thu.mdx': fixture('script.mdx')
          .replace(/anh Nông Văn Thử|Anh Nông Văn Thử/g, 'tổ hợp tác')
          .replace('people: [nong-van-thu]\n', ''),
      }),
    ).toEqual([]);
  });

  it("rejects a child without a guardian's consent, and a child of 7 or more who did not agree", () => {
    const child = personWith('ageGroup: tu-16-tro-len', 'ageGroup: duoi-16').replace(
      '  recordedBy: Hội Nông dân xã\n',
      '  recordedBy: Hội Nông dân xã\n  minor:\n    age: 12\n',
    );
    const errors = errorsFor({ [PERSON]: child });
    expect(errors.map((e) => e.field).sort()).toEqual(['consent.minor.childAgreed', 'consent.minor.guardian']);
    expect(errors.find((e) => e.field === 'consent.minor.guardian')?.message).toContain('người giám hộ');
  });

  it('rejects a child on record with no consent.minor at all', () => {
    const [error] = errorsFor({ [PERSON]: personWith('ageGroup: tu-16-tro-len', 'ageGroup: duoi-16') });
    expect(error).toMatchObject({ file: PERSON, field: 'consent.minor' });
  });

  it('accepts a child with both consents', () => {
    const minor =
      '  recordedBy: Hội Nông dân xã\n  minor:\n    age: 12\n    childAgreed: true\n    guardian: { name: Lăng Thị Mẹ, relation: mẹ, date: 2023-11-20 }\n';
    expect(
      errorsFor({ [PERSON]: personWith('ageGroup: tu-16-tro-len', 'ageGroup: duoi-16').replace('  recordedBy: Hội Nông dân xã\n', minor) }),
    ).toEqual([]);
  });

  it('rejects sensitive information the person has not explicitly agreed to', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('sensitive: []', 'sensitive: [ho-ngheo]') });
    expect(error).toMatchObject({ field: 'sensitive' });
    expect(error?.message).toContain('consent.sensitive');
  });

  it('points a story that still has a consent block to the person record', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('sample: true', 'consent:\n  givenBy: Nông Văn Thử\nsample: true') });
    expect(error).toMatchObject({ field: 'consent' });
    expect(error?.hint).toContain('content/people/');
  });

  it('finds a phone number in the body and names its line', () => {
    const [error, ...rest] = errorsFor({ [EXEMPLAR]: `${fixture('exemplar.mdx')}\nLiên hệ anh Thử: 0912 345 678.\n` });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: EXEMPLAR, field: 'nội dung', line: 37 });
    expect(error?.message).toContain('số điện thoại');
    expect(error?.message).not.toContain('345');
  });

  it('finds details hidden by entities, full-width forms and decomposed letters, at the line they are on', () => {
    const text = fixture('exemplar.mdx');
    const hidden = [
      `${'Căn cước'.normalize('NFD')}&nbsp;của anh: 020&#x2009;185&#160;001&#8209;234.`,
      'Thư: vanthu.nong＠gmail.com, hoặc [viết thư](mailto:vanthu%40gmail.com).',
      'Gọi ０９１２ ３４５ ６７８.',
    ];
    const errors = errorsFor({ [EXEMPLAR]: `${text}\n${hidden.join('\n\n')}\n` });
    const first = text.split('\n').length + 1;
    expect(errors.map((e) => [e.line, e.field, e.message.split(' (')[0]])).toEqual([
      [first, 'nội dung', 'Có số căn cước công dân / chứng minh nhân dân'],
      [first + 2, 'nội dung', 'Có địa chỉ e-mail cá nhân'],
      [first + 2, 'nội dung', 'Có địa chỉ e-mail cá nhân'],
      [first + 4, 'nội dung', 'Có số điện thoại'],
    ]);
  });

  it("lets an office's official address stand in the body: only personal ones are refused", () => {
    expect(errorsFor({ [EXEMPLAR]: fixture('exemplar.mdx') + '\nGóp ý xin gửi về ubndquanglac@langson.gov.vn.\n' })).toEqual([]);
  });

  it('names the line of a component left open in the body', () => {
    const text = fixture('exemplar.mdx');
    const [error] = errorsFor({ [EXEMPLAR]: text + '\n<Quote by="Anh Thử">Lời chưa đóng\n' });
    expect(error?.message).toContain('Nội dung MDX không đọc được');
    expect(error?.line).toBe(text.split('\n').length + 1);
  });

  it('finds a citizen ID number and a personal e-mail address, in frontmatter as well', () => {
    const errors = errorsFor({
      [EXEMPLAR]:
        exemplarWith('name: Nông Văn Thử', 'name: Nông Văn Thử, CCCD 020190001234').replace('Nội dung', 'Nội dung') +
        '\nThư gửi vanthu.nong@gmail.com nhé.\n',
    });
    expect(errors.map((e) => e.message.split(' (')[0]).sort()).toEqual([
      'Có số căn cước công dân / chứng minh nhân dân',
      'Có địa chỉ e-mail cá nhân',
    ]);
    expect(errors.find((e) => e.message.includes('căn cước'))?.field).toBe('frontmatter');
  });

  it.each([
    ['an import', "import Secret from '../../../package.json';", 'import'],
    ['an export', 'export const x = 1;', 'export'],
    ['a <script>', '<script>alert(1)</script>', '<script>'],
    ['an expression', 'Tổng là {1 + 1} hộ.', 'biểu thức'],
    ['an unknown component', '<Video src="x" />', '<Video>'],
    ['an event handler on a component', '<Quote by="A" onerror="alert(1)">x</Quote>', '"onerror"'],
    ['an expression attribute', '<Quote by={window.name}>x</Quote>', 'dấu nháy kép'],
    ['a javascript: link', '[bấm vào đây](javascript:alert(1))', 'không được phép'],
    ['raw HTML', '<img src="x" onerror="alert(1)" />', '<img>'],
  ])('rejects %s in an MDX body, naming the file and line', (_name, line, expected) => {
    const errors = errorsFor({ [EXEMPLAR]: `${fixture('exemplar.mdx')}\n${line}\n` });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: EXEMPLAR, field: 'nội dung', line: 37 });
    expect(errors.map((e) => e.message).join(' ')).toContain(expected);
  });

  it('rejects two entries with the same slug in different folders', () => {
    const errors = errorsFor({
      'content/exemplars/2022/anh-nong-van-thu.mdx': fixture('exemplar.mdx').replace('../images/', '../../images/'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('Trùng tên');
  });

  it('rejects a file name with diacritics and suggests a slug', () => {
    const [error] = errorsFor({ 'content/exemplars/Anh Thử.mdx': fixture('exemplar.mdx') });
    expect(error?.field).toBe('tệp');
    expect(error?.hint).toContain('anh-thu.mdx');
  });

  it('rejects a file name of digits only: /dien-hinh/2/ is page 2 of the list', () => {
    const [error] = errorsFor({ 'content/exemplars/2.mdx': fixture('exemplar.mdx') });
    expect(error?.field).toBe('tệp');
    expect(error?.message).toContain('trang 2');
  });

  it('rejects a file the loader would silently skip', () => {
    const [error] = errorsFor({ 'content/exemplars/bai-moi.md': fixture('exemplar.mdx') });
    expect(error?.message).toContain('sẽ không được đọc');
  });

  it('rejects an unknown field (a typo) by name', () => {
    const [error] = errorsFor({ [EXEMPLAR]: exemplarWith('sample: true', 'sampel: true') });
    expect(error).toMatchObject({ field: 'sampel', line: 24 });
  });

  it('reports every problem in every file at once', () => {
    const errors = errorsFor({
      [EXEMPLAR]: exemplarWith('movement: nong-thon-moi', 'movement: khong-co'),
      'content/exemplars/bai-hai.mdx': exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-29'),
      'content/scripts/kich-ban-thu.mdx': fixture('script.mdx').replace('status: da-duyet', 'status: duyet'),
      'content/villages/thon-dong.yaml': 'name: Thôn Đông\norder: một\n',
    });
    expect(new Set(errors.map((e) => e.file))).toEqual(
      new Set([EXEMPLAR, 'content/exemplars/bai-hai.mdx', 'content/scripts/kich-ban-thu.mdx', 'content/villages/thon-dong.yaml']),
    );
    const lines = errors.map(formatProblem);
    expect(lines).toContain(
      'content/villages/thon-dong.yaml:2  order  Phải là một con số, đang là chữ "một".  Cách sửa: Viết con số, không có chữ hay đơn vị, ví dụ 2023.',
    );
    // Every problem says how to fix it.
    for (const error of errors) expect(error.hint, formatProblem(error)).toMatch(/\S/);
  });

  it('warns, without failing, about a withdrawn consent, and holds every story that names the person', () => {
    tree = makeContentTree();
    tree.write(PERSON, personWith('  recordedBy: Hội Nông dân xã\n', '  recordedBy: Hội Nông dân xã\n  withdrawn: { date: 2024-03-01 }\n'));
    const { problems, unpublished } = checkContent(tree.root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(problems.map((p) => p.file))).toEqual(
      new Set([PERSON, EXEMPLAR, 'content/practices/trong-hoi-xen-che.mdx', 'content/scripts/kich-ban-thu.mdx']),
    );
    expect(unpublished.map((u) => `${u.collection}/${u.id}`).sort()).toEqual([
      'exemplars/anh-nong-van-thu',
      'practices/trong-hoi-xen-che',
      'scripts/kich-ban-thu',
    ]);
  });

  it('warns when an approved script would take more than five minutes to read', () => {
    tree = makeContentTree();
    const long = Array.from({ length: 60 }, () => 'Bà con thôn Nà Chuông cùng nhau làm đường bê tông rộng ba mét qua cánh đồng.').join(
      '\n\n',
    );
    tree.write('content/scripts/kich-ban-thu.mdx', `${fixture('script.mdx')}\n${long}\n`);
    const warning = checkContent(tree.root).problems.find((p) => p.severity === 'warning');
    expect(warning?.message).toContain('quá 5 phút');
  });
});
