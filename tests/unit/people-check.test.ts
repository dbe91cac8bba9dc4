import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { checkFutureDates } from '#lib/content-check/checks/future-dates.ts';
import { formatProblem } from '#lib/content-check/problem.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';

const EXEMPLAR = 'content/exemplars/anh-nong-van-thu.mdx';
const PRACTICE = 'content/practices/trong-hoi-xen-che.mdx';
const SCRIPT = 'content/scripts/kich-ban-thu.mdx';
const THU = 'content/people/nong-van-thu.yaml';
const LUA = 'content/people/hoang-thi-lua.yaml';

const person = (name: string, extra = '') =>
  `name: ${name}\nageGroup: tu-16-tro-len\n${extra}consent:\n  givenBy: ${name}\n  date: 2023-11-01\n  recordedBy: Hội Phụ nữ xã\n  sensitive: []\nsample: true\n`;
const withdrawn = (name: string) => person(name).replace('  sensitive: []\n', '  sensitive: []\n  withdrawn: { date: 2024-03-01 }\n');

/** A collective's story with `body` (and `front` lines added), naming no one unless told to. */
const collective = (body: string, front = '') =>
  exemplarWith('people: [nong-van-thu]', 'people: []')
    .replace('kind: ca-nhan', 'kind: tap-the')
    .replace('name: Nông Văn Thử', 'name: Tổ làm bánh thôn Lục Điền')
    .replace('Anh Nông Văn Thử: điển hình', 'Tổ làm bánh: điển hình')
    .replace('<Quote by="Anh Nông Văn Thử">', '<Quote by="Tổ trưởng">')
    .replace('sample: true', `${front}sample: true`) + `\n${body}\n`;

let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

function check(files: Record<string, string>) {
  tree = makeContentTree();
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  const report = checkContent(tree.root);
  return {
    errors: report.problems.filter((p) => p.severity === 'error'),
    warnings: report.problems.filter((p) => p.severity === 'warning'),
    held: report.unpublished.map((u) => `${u.collection}/${u.id}`).sort(),
  };
}

describe('a person who withdrew consent', () => {
  const STORY = 'content/exemplars/to-lam-banh.mdx';

  it.each([
    ['the full name in the body', 'Chị Hoàng Thị Lụa là tổ trưởng.', 'nội dung', 37],
    ['the name in decomposed Unicode', 'Chị Hoàng Thị Lụa là tổ trưởng.'.normalize('NFD'), 'nội dung', 37],
    ['the name without tone marks', 'Chi Hoang Thi Lua la to truong.', 'nội dung', 37],
    ['the name in capitals', 'CHỊ HOÀNG THỊ LỤA', 'nội dung', 37],
    ['the name over a line break', 'Tổ trưởng là chị Hoàng\nThị Lụa.', 'nội dung', 37],
    ['the way people call her', 'Tổ trưởng là chị Lụa.', 'nội dung', 37],
    ['her short name without marks', 'To truong la chi Lua.', 'nội dung', 37],
    ['the name as HTML entities', 'Tổ trưởng là chị Hoàng Th&#7883; L&#7909;a.', 'nội dung', 37],
    ['the name in a quote’s attribution', '<Quote by="Chị Hoàng Thị Lụa">Làm chung thì vui.</Quote>', 'nội dung', 37],
    ['the name split by a link', 'Tổ làm bánh của chị [Hoàng Thị](https://example.com) Lụa cũng góp công.', 'nội dung', 37],
    ['her call name as a link', 'Tổ làm bánh của [chị](https://example.com) Lụa cũng góp công.', 'nội dung', 37],
  ])('holds a story that still has %s, naming its file, line and field', (_how, body, field, line) => {
    const { errors, warnings, held } = check({ [LUA]: withdrawn('Hoàng Thị Lụa'), [STORY]: collective(body) });
    expect(errors).toEqual([]);
    expect(held).toEqual(['exemplars/to-lam-banh']);
    const warning = warnings.find((w) => w.file === STORY)!;
    expect(warning).toMatchObject({ field, line });
    expect(warning.message).toContain('Hoàng Thị Lụa, người đã rút lại sự đồng ý ngày 2024-03-01');
    expect(warning.hint).toMatch(/Xóa tên này/);
  });

  it('holds a story that names her in its frontmatter: title, summary, alt text', () => {
    const story = collective('')
      .replace('title: "Tổ làm bánh: điển hình', 'title: "Tổ của chị Lụa: điển hình')
      .replace('alt: "Vườn hồi xanh tốt trên đồi"', 'alt: "Chị Hoàng Thị Lụa gói bánh"');
    const { warnings, held } = check({ [LUA]: withdrawn('Hoàng Thị Lụa'), [STORY]: story });
    expect(held).toEqual(['exemplars/to-lam-banh']);
    expect(warnings.filter((w) => w.file === STORY).map((w) => [w.field, w.line])).toEqual([
      ['title', 2],
      ['cover.alt', 18],
    ]);
  });

  it('holds a story whose file name is her name', () => {
    const { held, warnings } = check({
      [LUA]: withdrawn('Hoàng Thị Lụa'),
      'content/exemplars/to-banh-chi-hoang-thi-lua.mdx': collective('Tổ làm bánh.'),
    });
    expect(held).toEqual(['exemplars/to-banh-chi-hoang-thi-lua']);
    expect(warnings.find((w) => w.file.endsWith('to-banh-chi-hoang-thi-lua.mdx'))?.field).toBe('tệp');
  });

  it('holds the subject’s own story, its practices and its scripts, everywhere at once', () => {
    const { errors, held, warnings } = check({ [THU]: withdrawn('Nông Văn Thử') });
    expect(errors).toEqual([]);
    expect(held).toEqual(['exemplars/anh-nong-van-thu', 'practices/trong-hoi-xen-che', 'scripts/kich-ban-thu']);
    expect(warnings.find((w) => w.file === THU)?.message).toContain(
      '2 bài nêu tên người này được giữ lại (exemplars/anh-nong-van-thu, scripts/kich-ban-thu)',
    );
  });

  it('holds a practice that depends on a held story even when it does not name her', () => {
    const { held, warnings } = check({ [THU]: withdrawn('Nông Văn Thử'), [PRACTICE]: fixture('practice.mdx') });
    expect(held).toContain('practices/trong-hoi-xen-che');
    expect(warnings.find((w) => w.file === PRACTICE)).toMatchObject({
      field: 'exemplars',
      line: 3,
      message: expect.stringContaining('"anh-nong-van-thu"'),
    });
  });

  it('leaves alone a story that names no one withdrawn, and "chị Lụa" meaning another Lụa the story lists', () => {
    const other = 'content/people/ma-thi-lua.yaml';
    const story = collective('Tổ trưởng là chị Mã Thị Lụa. Chị Lụa làm bánh.').replace('people: []', 'people: [ma-thi-lua]');
    const { errors, held } = check({
      [LUA]: withdrawn('Hoàng Thị Lụa'),
      [other]: person('Mã Thị Lụa'),
      [STORY]: story,
      'content/exemplars/to-khac.mdx': collective('Tấm lụa, chỉ lừa.'),
    });
    expect(errors).toEqual([]);
    expect(held).toEqual([]);
  });

  it('holds a Tày or Nùng version that names her, and the versions of a held script', () => {
    const version = (text: string) => `---\ntitle: "Bản tiếng Tày"\nstatus: da-duyet\nsample: true\n---\n\n${text}\n`;
    const { held, warnings } = check({
      [LUA]: withdrawn('Hoàng Thị Lụa'),
      'content/scripts/tyz/kich-ban-thu.mdx': version('Pỏ Nông Văn Thử dẳm hồi. Mẻ Hoàng Thị Lụa.'),
    });
    expect(held).toEqual(['scriptVersions/tyz/kich-ban-thu']);
    expect(warnings.find((w) => w.file === 'content/scripts/tyz/kich-ban-thu.mdx')).toMatchObject({ field: 'nội dung', line: 7 });
    // The script's own people are the version's: Nông Văn Thử needs nothing more.
    expect(check({ 'content/scripts/tyz/kich-ban-thu.mdx': version('Pỏ Nông Văn Thử dẳm hồi.') }).errors).toEqual([]);
    expect(check({ [THU]: withdrawn('Nông Văn Thử'), 'content/scripts/tyz/kich-ban-thu.mdx': version('Bản đọc.') }).held).toContain(
      'scriptVersions/tyz/kich-ban-thu',
    );
  });

  it('is an error, not a hold, in a file that cannot be held back (a unit, a village)', () => {
    const { errors } = check({
      [LUA]: withdrawn('Hoàng Thị Lụa'),
      'content/villages/luc-dien.yaml': 'name: Thôn Lục Điền\ndescription: Tổ trưởng là chị Hoàng Thị Lụa.\n',
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/villages/luc-dien.yaml', field: 'description', line: 2 })]);
  });

  it('honours a withdrawal written in a record that is otherwise broken', () => {
    const broken = withdrawn('Hoàng Thị Lụa').replace('ageGroup: tu-16-tro-len\n', '');
    const { held } = check({ [LUA]: broken, 'content/exemplars/to-lam-banh.mdx': collective('Tổ trưởng là chị Lụa.') });
    expect(held).toEqual(['exemplars/to-lam-banh']);
  });
});

describe('a named person needs a record, listed in the story', () => {
  it('names the file, line and field of a name with no record, and says how to make one', () => {
    const { errors } = check({ 'content/exemplars/to-rau.mdx': collective('Tổ trưởng là bà Chu Thị Lan.\n\nBà Lan ghi sổ.') });
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([['content/exemplars/to-rau.mdx', 37, 'nội dung']]);
    expect(errors[0]!.message).toContain('"bà Chu Thị Lan"');
    expect(errors[0]!.hint).toContain('npm run new -- person');
  });

  it.each([
    [
      'in a practice’s steps',
      PRACTICE,
      fixture('practice.mdx').replace('"Chọn giống."', '"Anh Lăng Văn Cường chọn giống."'),
      'steps[0]',
      7,
    ],
    [
      'in a script’s body',
      SCRIPT,
      fixture('script.mdx').replace('trồng hồi xen chè.', 'trồng hồi xen chè cùng ông Lăng Văn Cường.'),
      'nội dung',
      13,
    ],
    ['in a summary', EXEMPLAR, exemplarWith('với thu nhập', 'cùng ông Lăng Văn Cường, với thu nhập'), 'summary', 15],
  ])('finds one %s', (_where, file, text, field, line) => {
    const { errors } = check({ [file]: text });
    expect(errors).toEqual([expect.objectContaining({ file, field, line })]);
  });

  it('asks to list a person on record whom the story names, by id', () => {
    const { errors } = check({ [LUA]: person('Hoàng Thị Lụa'), 'content/exemplars/to-lam-banh.mdx': collective('Tổ trưởng là chị Lụa.') });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('chưa ghi người này trong people');
    expect(errors[0]!.hint).toContain('Thêm hoang-thi-lua vào people');
  });

  it.each([
    ['a place after a place word', 'Đoàn đi thăm núi Bà Đen và đảo Cô Tô.'],
    ['kinship phrases', 'Anh em, chị em, bà con trong thôn cùng làm.'],
    ['a school named after a hero', 'Trường THCS Hoàng Văn Thụ cử đoàn đến học tập.'],
  ])('accepts %s without a record', (_what, body) =>
    expect(check({ 'content/exemplars/to-lam-banh.mdx': collective(body) }).errors).toEqual([]),
  );

  it('accepts a public name on record (Bác Hồ) without consent or listing', () => {
    const hcm = 'name: Hồ Chí Minh\nalsoKnownAs: [Bác Hồ]\nageGroup: tu-16-tro-len\npublic: Lãnh tụ của dân tộc\nsample: false\n';
    expect(
      check({
        'content/people/ho-chi-minh.yaml': hcm,
        'content/exemplars/to-lam-banh.mdx': collective('Học tập và làm theo Bác Hồ, theo phong cách Hồ Chí Minh.'),
      }).errors,
    ).toEqual([]);
    // Without the record, the name is a question to answer.
    expect(check({ 'content/exemplars/to-lam-banh.mdx': collective('Học tập và làm theo Bác Hồ.') }).errors).toHaveLength(1);
  });

  it("refuses a child's name as a public name", () => {
    const { errors } = check({
      [LUA]: person('Hoàng Thị Lụa').replace('ageGroup: tu-16-tro-len', 'ageGroup: duoi-16\npublic: Tên công khai'),
    });
    expect(errors.map((e) => e.field)).toContain('public');
  });
});

describe('a child, whether or not the record says so', () => {
  const STORY = 'content/exemplars/em-hoc-gioi.mdx';
  const child = (body: string) => collective(body).replace('people: []', 'people: [trieu-thi-be]');
  const BE = 'content/people/trieu-thi-be.yaml';

  it.each([
    ['an age under 16 after the name', 'Em Triệu Thị Bé, 14 tuổi, học giỏi.', '14 tuổi'],
    ['an age in words', 'Bạn Triệu Thị Bé, mười bốn tuổi, học giỏi.', 'mười bốn tuổi'],
    ['a class up to 9', 'Chị Triệu Thị Bé, học sinh lớp 8A, học giỏi.', 'lớp 8A'],
    ['"em" before the name', 'Em Triệu Thị Bé học giỏi.', 'Em'],
    ['"học sinh" before the name', 'Tuyên dương học sinh Triệu Thị Bé.', 'học sinh'],
  ])('finds %s when the record says 16 or over', (_what, body, said) => {
    const { errors } = check({ [BE]: person('Triệu Thị Bé'), [STORY]: child(body) });
    expect(errors).toEqual([expect.objectContaining({ file: STORY, field: 'nội dung', line: 37 })]);
    expect(errors[0]!.message).toContain(`"${said}"`);
    expect(errors[0]!.hint).toContain('ageGroup: duoi-16');
  });

  it('the hostile case: a child’s story with its minor block deleted and the record saying adult', () => {
    const record = person('Triệu Thị Ngọc Ánh', 'alsoKnownAs: [Ngọc Ánh]\n');
    const story = exemplarWith('people: [nong-van-thu]', 'people: [trieu-thi-ngoc-anh]')
      .replace('name: Nông Văn Thử', 'name: Em Triệu Thị Ngọc Ánh')
      .replace('Anh Nông Văn Thử: điển hình', 'Em Triệu Thị Ngọc Ánh: điển hình')
      .replace('<Quote by="Anh Nông Văn Thử">', '<Quote by="Em Triệu Thị Ngọc Ánh">')
      .replace('Anh trồng 2,5 ha hồi', 'Ngọc Ánh trồng 2,5 ha hồi');
    const { errors } = check({
      'content/people/trieu-thi-ngoc-anh.yaml': record,
      [EXEMPLAR]: story,
      [PRACTICE]: fixture('practice.mdx').replace('exemplars: [anh-nong-van-thu]', 'exemplars: [anh-nong-van-thu]'),
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.message.includes('có thể là trẻ em'))).toBe(true);
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['title', 'name']));
  });

  it('is satisfied by a child’s record with a guardian’s consent', () => {
    const record = person('Triệu Thị Bé')
      .replace('ageGroup: tu-16-tro-len', 'ageGroup: duoi-16')
      .replace(
        '  sensitive: []\n',
        '  sensitive: []\n  minor:\n    age: 14\n    childAgreed: true\n    guardian: { name: Lăng Thị Mẹ, relation: mẹ, date: 2023-11-01 }\n',
      );
    expect(check({ [BE]: record, [STORY]: child('Em Triệu Thị Bé, 14 tuổi, học sinh lớp 8, học giỏi.') }).errors).toEqual([]);
  });

  it('takes "em" for an adult once someone has seen the papers, but never an age under 16', () => {
    const checked = person('Triệu Thị Bé', 'adultCheckedBy: Bí thư Đoàn xã\n');
    expect(check({ [BE]: checked, [STORY]: child('Em Triệu Thị Bé làm đoàn viên.') }).errors).toEqual([]);
    expect(check({ [BE]: checked, [STORY]: child('Em Triệu Thị Bé, 14 tuổi.') }).errors).toHaveLength(1);
    // An adult age written beside the name settles "em" too.
    expect(check({ [BE]: person('Triệu Thị Bé'), [STORY]: child('Em Triệu Thị Bé, 20 tuổi, là đoàn viên.') }).errors).toEqual([]);
  });

  it('does not take a teacher’s class for her age', () => {
    const story = child('Cô Triệu Thị Bé dạy lớp 3 ở điểm trường.\n\nHọc sinh lớp 3 rất chăm.');
    expect(check({ [BE]: person('Triệu Thị Bé'), [STORY]: story }).errors).toEqual([]);
  });
});

describe('sensitive topics, whether or not the story declares them', () => {
  const sick = (body: string, sensitive = '[]') =>
    (sensitive === '[]' ? fixture('exemplar.mdx') : exemplarWith('sensitive: []', `sensitive: ${sensitive}`)) + `\n${body}\n`;

  it('the hostile case: a story about a person’s illness and poverty with sensitive: []', () => {
    const { errors } = check({ [EXEMPLAR]: sick('Anh bị ung thư phổi từ năm 2020. Gia đình anh thuộc hộ nghèo.') });
    expect(errors.map((e) => [e.field, e.line, e.message.slice(0, 40)])).toEqual([
      ['nội dung', 37, 'Bài nói tới sức khỏe ("ung thư") của Nôn'],
      ['nội dung', 37, 'Bài nói tới sức khỏe ("ung thư") của Nôn'],
      ['nội dung', 37, 'Bài nói tới hộ nghèo, cận nghèo ("hộ ngh'],
      ['nội dung', 37, 'Bài nói tới hộ nghèo, cận nghèo ("hộ ngh'],
    ]);
    expect(errors[0]!.hint).toContain('sensitive: [suc-khoe]');
    expect(errors[1]!.hint).toContain('consent.sensitive trong content/people/nong-van-thu.yaml');
  });

  it('asks for the person’s consent when the story declares the topic', () => {
    const { errors } = check({ [EXEMPLAR]: sick('Anh bị ung thư phổi.', '[suc-khoe]') });
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining('chưa đồng ý cho đăng thông tin sức khỏe') })]);
  });

  it('passes when declared and consented', () => {
    const consented = fixture('person.yaml').replace(
      '  recordedBy: Hội Nông dân xã\n',
      '  recordedBy: Hội Nông dân xã\n  sensitive: [suc-khoe]\n',
    );
    expect(check({ [THU]: consented, [EXEMPLAR]: sick('Anh bị ung thư phổi.', '[suc-khoe]') }).errors).toEqual([]);
  });

  it('in a story about a group, asks only about a person named in the same sentence', () => {
    const { errors } = check({
      [LUA]: person('Hoàng Thị Lụa'),
      'content/exemplars/to-lam-banh.mdx': collective(
        'Chị Hoàng Thị Lụa từng bị tai biến. Tổ giúp các hộ nghèo trong thôn. Nhiều người bị bệnh được thăm hỏi.',
      ).replace('people: []', 'people: [hoang-thi-lua]'),
    });
    expect(errors.map((e) => e.message.slice(0, 47))).toEqual([
      'Bài nói tới sức khỏe ("tai biến") của Hoàng Thị',
      'Bài nói tới sức khỏe ("tai biến") của Hoàng Thị',
    ]);
  });

  it.each([
    ['a count of households', 'Anh giúp chín hộ nghèo trồng hồi.'],
    ['"các"', 'Các hộ nghèo trong thôn học theo anh.'],
    ['a cause', 'Anh tuyên truyền phòng chống bạo lực gia đình.'],
    ['a group of people', 'Anh nhận hồ sơ của người khuyết tật.'],
  ])('does not ask when the topic is about a group: %s', (_what, body) => expect(check({ [EXEMPLAR]: sick(body) }).errors).toEqual([]));
});

describe('a story dated later than today', () => {
  const saved = process.env.BUILD_DATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.BUILD_DATE;
    else process.env.BUILD_DATE = saved;
  });

  it('is held until its day, with a warning naming the file and the date', () => {
    process.env.BUILD_DATE = '2026-12-01';
    const { errors, warnings, held } = check({ [EXEMPLAR]: exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2035-01-01') });
    expect(errors).toEqual([]);
    expect(held).toEqual(['exemplars/anh-nong-van-thu', 'practices/trong-hoi-xen-che', 'scripts/kich-ban-thu']);
    const warning = warnings.find((w) => w.file === EXEMPLAR)!;
    expect(formatProblem(warning)).toMatch(
      /^content\/exemplars\/anh-nong-van-thu\.mdx:19 {2}publishedAt {2}cảnh báo: Ngày đăng 2035-01-01 chưa tới/,
    );
  });

  it('is published on its day, and a practice dated later is held on its own', () => {
    process.env.BUILD_DATE = '2035-01-01';
    expect(check({ [EXEMPLAR]: exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2035-01-01') }).held).toEqual([]);
    process.env.BUILD_DATE = '2026-12-01';
    expect(check({ [PRACTICE]: fixture('practice.mdx').replace('publishedAt: 2023-12-28', 'publishedAt: 2026-12-02') }).held).toEqual([
      'practices/trong-hoi-xen-che',
      'scripts/kich-ban-thu',
    ]);
  });

  it('compares calendar days', () => {
    const entry = (day: string) => ({
      collection: 'exemplars',
      id: 'x',
      file: 'x.mdx',
      data: { publishedAt: new Date(`${day}T00:00:00Z`) },
      body: '',
      bodyStartLine: 1,
      lineOf: () => 19,
    });
    const today = new Date('2026-12-01T00:00:00Z');
    expect(checkFutureDates([entry('2026-12-01')], today).unpublished).toEqual([]);
    expect(checkFutureDates([entry('2026-12-02')], today).unpublished).toHaveLength(1);
  });
});
