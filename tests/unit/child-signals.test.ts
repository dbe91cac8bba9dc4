import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { childSignals } from '#lib/privacy/child-signals.ts';
import { findMentions } from '#lib/privacy/person-names.ts';
import { readerWords } from '#lib/privacy/reader-text.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');

/** What the words after the first name of `text` say of that person's age, on `today`. */
const signals = (text: string, today = TODAY) => {
  const words = readerWords(text);
  const [mention] = findMentions(words);
  return childSignals(words, mention!.start, mention!.end, mention!.honorific, today).map((s) => `${s.evidence}:${s.text}`);
};

describe('a child said in other words than "14 tuổi" or "lớp 5A"', () => {
  it.each([
    ['Bà con khen Hoàng Thị Liên, sinh năm 2015, chăm chỉ.', ['child:sinh năm 2015']],
    ['Hoàng Thị Liên, năm nay học lớp bốn, rất chăm.', ['child:lớp bốn']],
    ['Hoàng Thị Liên học lớp 5A.', ['child:lớp 5A']],
    ['Hoàng Thị Liên năm nay lên chín, rất chăm chỉ.', ['child:lên chín']],
    ['Hoàng Thị Liên vừa lên mười hai.', ['child:lên mười hai']],
    ['Hoàng Thị Liên năm nay lên 9, rất chăm.', ['child:lên 9']],
    ['Hoàng Thị Liên đang học ở Trường Tiểu học Quảng Lạc.', ['child:Trường Tiểu học']],
    ['Hoàng Thị Liên học tại trường THCS Quảng Lạc.', ['child:trường THCS']],
    ['Hoàng Thị Liên đang học ở trường mầm non thôn.', ['child:trường mầm non']],
  ])('%s', (text, expected) => expect(signals(text)).toEqual(expected));

  it('reads a birth year on the day checked: 16 this year may still be 15', () => {
    expect(signals('Hoàng Thị Liên, sinh năm 2010, chăm chỉ.')).toEqual(['maybe-child:sinh năm 2010']);
    expect(signals('Hoàng Thị Liên, sinh năm 2015, chăm chỉ.', new Date('2032-01-01T00:00:00Z'))).toEqual(['adult:sinh năm 2015']);
  });
});

describe('an adult stays an adult', () => {
  it.each([
    ['Bà Hoàng Thị Liên, sinh năm 1975, làm trưởng ban.', ['adult:sinh năm 1975']],
    ['Bà Hoàng Thị Liên sinh 1968.', ['adult:sinh 1968']],
    ['Bà Hoàng Thị Liên vừa lên chức trưởng ban.', []],
    ['Bà Hoàng Thị Liên đang học lớp tập huấn của huyện.', []],
    ['Bà Hoàng Thị Liên năm nay lên 60 tuổi.', ['adult:60 tuổi']],
    ['Bà Hoàng Thị Liên lên 3 lần để bàn.', []],
    ['Bà Hoàng Thị Liên lên năm 2020 làm trưởng ban.', []],
    ['Bà Hoàng Thị Liên đang học ở Trường THPT Quảng Lạc.', []],
    ['Bà Hoàng Thị Liên đang học ở trường Cao đẳng Sư phạm mầm non.', []],
    ['Bà Hoàng Thị Liên đi con đường lên thôn.', []],
    // Her child's class is not her age.
    ['Bà Hoàng Thị Liên có con học lớp 4.', []],
    ['Cô Hoàng Thị Liên dạy học lớp 3.', []],
  ])('%s', (text, expected) => expect(signals(text)).toEqual(expected));
});

describe('the checker reports them as it reports "lớp 5A"', () => {
  const STORY = 'content/exemplars/to-lam-banh.mdx';
  const LIEN = 'content/people/hoang-thi-lien.yaml';
  const record = `name: Hoàng Thị Liên\nageGroup: tu-16-tro-len\nconsent:\n  givenBy: Hoàng Thị Liên\n  date: 2023-11-01\n  recordedBy: Hội Phụ nữ xã\n  sensitive: []\nsample: true\n`;
  const story = (body: string) =>
    exemplarWith('people: [nong-van-thu]', 'people: [hoang-thi-lien]')
      .replace('kind: ca-nhan', 'kind: tap-the')
      .replace('name: Nông Văn Thử', 'name: Tổ làm bánh thôn Lục Điền')
      .replace('Anh Nông Văn Thử: điển hình', 'Tổ làm bánh: điển hình')
      .replace('<Quote by="Anh Nông Văn Thử">', '<Quote by="Tổ trưởng">') + `\n${body}\n`;
  let tree: ReturnType<typeof makeContentTree>;
  afterEach(() => {
    tree?.cleanup();
    vi.unstubAllEnvs();
  });
  const errors = (body: string) => {
    tree = makeContentTree();
    tree.write(LIEN, record);
    tree.write(STORY, story(body));
    return checkContent(tree.root).problems.filter((p) => p.severity === 'error');
  };

  it.each([
    ['Bà con khen Hoàng Thị Liên, sinh năm 2015, chăm chỉ.', 'sinh năm 2015'],
    ['Hoàng Thị Liên, năm nay học lớp bốn, rất chăm.', 'lớp bốn'],
    ['Hoàng Thị Liên năm nay lên chín, rất chăm chỉ.', 'lên chín'],
    ['Hoàng Thị Liên đang học ở Trường Tiểu học Quảng Lạc.', 'Trường Tiểu học'],
  ])('%s', (body, said) => {
    vi.stubEnv('BUILD_DATE', '2026-06-01');
    const found = errors(body);
    expect(found).toEqual([expect.objectContaining({ file: STORY, field: 'nội dung', line: 37 })]);
    expect(found[0]!.message).toContain(`"${said}"`);
    expect(found[0]!.hint).toContain('ageGroup: duoi-16 và điền consent.minor (cha, mẹ');
  });

  it('reads the birth year on the day BUILD_DATE sets', () => {
    vi.stubEnv('BUILD_DATE', '2032-06-01');
    expect(errors('Bà con khen Hoàng Thị Liên, sinh năm 2015, chăm chỉ.')).toEqual([]);
  });

  it('passes an adult described as one', () => {
    vi.stubEnv('BUILD_DATE', '2026-06-01');
    const body = [
      'Bà Hoàng Thị Liên, sinh năm 1975, vừa lên chức trưởng ban.',
      'Bà Hoàng Thị Liên đang học lớp tập huấn, năm nay lên 60 tuổi.',
      'Bà Hoàng Thị Liên đi con đường lên thôn.',
      'Bà Hoàng Thị Liên đang học ở Trường THPT Quảng Lạc.',
    ].join('\n\n');
    expect(errors(body)).toEqual([]);
  });
});
