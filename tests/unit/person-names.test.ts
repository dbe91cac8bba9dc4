import { describe, expect, it } from 'vitest';
import { findMentions, findName, resolveMention } from '#lib/privacy/person-names.ts';
import { childSignals, numberAt } from '#lib/privacy/child-signals.ts';
import { findSensitiveTerms } from '#lib/privacy/sensitive-terms.ts';
import { lineAt, readerWords, syllableMatches } from '#lib/privacy/reader-text.ts';

const LUA = { id: 'hoang-thi-lua', name: 'Hoàng Thị Lụa' };
const ANH = { id: 'trieu-thi-ngoc-anh', name: 'Triệu Thị Ngọc Ánh', alsoKnownAs: ['Ngọc Ánh', 'Ánh'] };
const HUNG = { id: 'vi-van-hung', name: 'Vi Văn Hùng' };
const HO_CHI_MINH = { id: 'ho-chi-minh', name: 'Hồ Chí Minh', alsoKnownAs: ['Bác Hồ'] };

/** The words of each match of a person's name in a text. */
const named = (text: string, person: { id: string; name: string; alsoKnownAs?: string[] }, anyCase = false) => {
  const words = readerWords(text);
  return findName(words, person, anyCase).map((m) =>
    words
      .slice(m.start, m.end)
      .map((w) => w.text)
      .join(' '),
  );
};
/** Each name a text seems to give a person, as written. */
const mentions = (text: string) => {
  const words = readerWords(text);
  return findMentions(words).map((m) =>
    words
      .slice(m.start, m.end)
      .map((w) => w.text)
      .join(' '),
  );
};

describe('reading text as a reader sees it', () => {
  it('reads decomposed Unicode, entities, percent-encoding and invisible characters as the letters they show', () => {
    const variants = [
      'Hoàng Thị Lụa'.normalize('NFD'),
      'Ho&agrave;ng Th&#7883; L&#x1EE5;a',
      'Ho%C3%A0ng%20Th%E1%BB%8B%20L%E1%BB%A5a',
      'Hoà\u00ADng Th\u200Bị Lụ\u2060a',
      'Hoà**ng** _Thị_ Lụa',
      'Hoàng\nThị\r\nLụa',
      'Hoàng\u00A0Thị\u3000Lụa',
    ];
    for (const text of variants)
      expect(
        readerWords(text).map((w) => w.text),
        JSON.stringify(text),
      ).toEqual(['Hoàng', 'Thị', 'Lụa']);
  });

  it('keeps where each word is, for the line of a problem', () => {
    const text = 'Dòng một.\nDòng hai có Ho&agrave;ng.';
    const hoang = readerWords(text).find((w) => w.lower === 'hoàng')!;
    expect(text.slice(hoang.start, hoang.end)).toBe('Ho&agrave;ng');
    expect(lineAt(text, hoang.start)).toBe(2);
  });

  it('knows where a sentence ends', () => {
    expect(readerWords('Một. Hai, ba\nbốn\n\nnăm').map((w) => w.gap)).toEqual(['stop', 'stop', 'pause', 'space', 'stop']);
  });

  it('reads a syllable without its marks as the syllable, but not one with other marks', () => {
    expect(syllableMatches('lua', 'lụa')).toBe(true);
    expect(syllableMatches('lụa', 'lụa')).toBe(true);
    expect(syllableMatches('đat', 'đạt')).toBe(true);
    expect(syllableMatches('dat', 'đạt')).toBe(true);
    expect(syllableMatches('lừa', 'lụa')).toBe(false);
    expect(syllableMatches('chỉ', 'chị')).toBe(false);
    expect(syllableMatches('lúa', 'lụa')).toBe(false);
    expect(syllableMatches('lúa', 'lụa', true)).toBe(true);
  });
});

describe('a withdrawn person’s name, found however it is written', () => {
  it.each([
    ['as written', 'Bài về chị Hoàng Thị Lụa ở Lục Điền.'],
    ['decomposed (NFD)', 'Bài về chị Hoàng Thị Lụa ở Lục Điền.'.normalize('NFD')],
    ['without tone marks', 'Bai ve chi Hoang Thi Lua o Luc Dien.'],
    ['in capitals', 'BÀI VỀ CHỊ HOÀNG THỊ LỤA.'],
    ['in capitals without marks', 'HOANG THI LUA'],
    ['in lower case', 'hoàng thị lụa'],
    ['over a line break', 'Chị Hoàng\nThị Lụa làm bánh.'],
    ['over a blank line', 'Hoàng\n\nThị Lụa'],
    ['with a wrong mark, as a whole name', 'Hoàng Thị Lúa'],
    ['split by Markdown emphasis', 'Hoà**ng** Thị Lụa'],
    ['as HTML entities', 'Hoàng Th&#7883; L&#7909;a'],
    ['percent-encoded in a link', '[xem](https://vi.wikipedia.org/wiki/Ho%C3%A0ng_Th%E1%BB%8B_L%E1%BB%A5a)'],
    ['hyphenated in a file path', '../images/chi-hoang-thi-lua-to-lam-banh.jpg'],
    ['with a zero-width space', 'Hoàng Th\u200Bị Lụa'],
  ])('%s', (_how, text) => expect(named(text, LUA).length).toBeGreaterThan(0));

  it.each([
    ['chị Lụa', 'chị Lụa'],
    ['Chị Lụa', 'Chị Lụa'],
    ['chi Lua', 'chi Lua'],
    ['CHỊ LỤA', 'CHỊ LỤA'],
    ['bà Lụa', 'bà Lụa'],
    ['cô\nLụa', 'cô Lụa'],
    ['chị Thị Lụa', 'chị Thị Lụa'],
    ['Thị Lụa cùng tổ', 'Thị Lụa'],
  ])('as people call her: %s', (text, found) => expect(named(text, LUA)).toEqual([found]));

  it('by the names her record adds ("Ngọc Ánh", "Ánh")', () => {
    expect(named('Bố mất khi Ngọc Ánh còn nhỏ.', ANH)).toEqual(['Ngọc Ánh']);
    expect(named('Bố mất khi ngoc anh còn nhỏ.', ANH)).toEqual(['ngoc anh']);
    expect(named('Ánh mượn sách ở thư viện.', ANH)).toEqual(['Ánh']);
    expect(named('em Ánh', ANH)).toEqual(['em Ánh']);
  });

  it.each([
    ['an ordinary word spelt like the given name', 'Tấm lụa tơ tằm, chị mua lụa.'],
    ['other marks on the same letters', 'Chỉ lừa được một lần.'],
    ['"anh hùng" in lower case', 'Những anh hùng của thôn.'],
    ['"Anh" is not "Ánh"', 'Anh Hoàng Văn Đạt và anh em dân quân.'],
    ['"ánh" in lower case', 'ánh nắng chiều'],
    ['a one-syllable name in a file name', 'anh-hoang-van-dat-thon-doi-truong'],
  ])('not in %s', (_what, text) => {
    expect(named(text, LUA)).toEqual([]);
    expect(named(text, ANH, text.includes('-') && !text.includes(' '))).toEqual([]);
    expect(named(text, HUNG).filter((m) => m.toLowerCase() === 'anh hùng')).toEqual([]);
  });

  it('reads "anh Hùng" as Vi Văn Hùng only when capitalised', () => {
    expect(named('Gặp anh Hùng ở xưởng.', HUNG)).toEqual(['anh Hùng']);
    expect(named('Những anh hùng thầm lặng.', HUNG)).toEqual([]);
  });

  it('in a file name, reads names of two syllables or more', () => {
    expect(named('chi-hong-nhung-dua-dich-vu-cong', { id: 'x', name: 'Lăng Thị Hồng Nhung' }, true)).toEqual(['chi hong nhung']);
    expect(named('ho-ong-hoang-van-chien', { id: 'x', name: 'Hoàng Văn Chiến' }, true)).toEqual(['hoang van chien']);
    expect(named('ho-ong-chien', { id: 'x', name: 'Hoàng Văn Chiến' }, true)).toEqual([]);
  });
});

describe('names in a story, and who they are', () => {
  it.each([
    ['Chị Hoàng Thị Lụa làm bánh.', ['Chị Hoàng Thị Lụa']],
    ['Gặp chị Lụa.', ['chị Lụa']],
    ['Bí thư Chi bộ Hoàng Văn Quyết phát biểu.', ['Hoàng Văn Quyết']],
    ['cô giáo Nông Thị Thu Hà dạy lớp ghép.', ['cô giáo Nông Thị Thu Hà']],
    ['đồng chí Lăng Văn Cường', ['đồng chí Lăng Văn Cường']],
    ['em Triệu Thị Ngọc Ánh', ['em Triệu Thị Ngọc Ánh']],
    ['mẹ em, chị Lăng Thị Nguyệt, làm thuê', ['chị Lăng Thị Nguyệt']],
    ['Ông Chiến và bà Mến', ['Ông Chiến', 'bà Mến']],
    ['Hoà**ng** Th&#7883;\nLụa', ['Hoàng Thị Lụa']],
    ['ANH NÔNG VĂN HIẾU', ['ANH NÔNG VĂN HIẾU']],
  ])('finds %j', (text, found) => expect(mentions(text)).toEqual(found));

  it.each([
    ['kinship phrases', 'Anh Em Bà Con, ông bà, chị em, anh em trong thôn.'],
    ['"em" after "anh" or "chị"', 'tám chị em Lục Điền, anh em Nà Chuông'],
    ['a place after a place word', 'núi Bà Đen, đảo Cô Tô, chợ Bà Chiểu, thôn Nà Chuông, xã Hoàng Văn Thụ'],
    ['a place that starts with an honorific', 'Về Bà Rịa rồi ra Cô Tô.'],
    ['a school named after a hero', 'Trường THCS Hoàng Văn Thụ có 20 lớp.'],
    ['a street after "đường"', 'đường Trần Hưng Đạo, phố Lê Thánh Tông'],
    ['a preposition that is also a surname', 'Từ Pò Mỏ xuống Khòn Pát.'],
    ['two-syllable place names', 'Hà Nội, Cao Bằng, Lạng Sơn, Lục Điền'],
    ['lower-case words after an honorific', 'anh ấy, chị ta, ông bà con cháu'],
  ])('does not take %s for names', (_what, text) => expect(mentions(text)).toEqual([]));

  it('resolves a mention to the person on record: full name, how people call them, other names', () => {
    const people = [LUA, ANH, HUNG];
    const resolve = (text: string) => {
      const words = readerWords(text);
      const [mention] = findMentions(words);
      return resolveMention(mention!, people).people.map((p) => p.id);
    };
    expect(resolve('chị Hoàng Thị Lụa')).toEqual(['hoang-thi-lua']);
    expect(resolve('chị Lụa')).toEqual(['hoang-thi-lua']);
    expect(resolve('em Ngọc Ánh')).toEqual(['trieu-thi-ngoc-anh']);
    expect(resolve('anh Hùng')).toEqual(['vi-van-hung']);
    expect(resolve('chị Lúa')).toEqual([]);
    expect(resolve('Vi Văn Hùng Nà Lệnh')).toEqual(['vi-van-hung']);
  });

  it.each(['Học tập và làm theo Bác Hồ.', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'phong cách Hồ Chí Minh'])(
    'takes the name in "%s" as the public name on record',
    (text) => {
      const words = readerWords(text);
      const [mention] = findMentions(words);
      expect(resolveMention(mention!, [HO_CHI_MINH]).people).toEqual([HO_CHI_MINH]);
    },
  );
});

describe('what a story says of a child', () => {
  const signals = (text: string) => {
    const words = readerWords(text);
    const [mention] = findMentions(words);
    return childSignals(words, mention!.start, mention!.end, mention!.honorific, new Date('2026-06-01')).map(
      (s) => `${s.evidence}:${s.text}`,
    );
  };
  it.each([
    ['Chị Hoàng Thị Lụa, 38 tuổi, làm bánh.', ['adult:38 tuổi']],
    ['Em Triệu Thị Ngọc Ánh, 14 tuổi, học giỏi.', ['maybe-child:Em', 'child:14 tuổi']],
    ['Anh Lăng Văn Đức, năm nay 28 tuổi.', ['adult:28 tuổi']],
    ['Anh Đức hai mươi tám tuổi.', ['adult:hai mươi tám tuổi']],
    ['Bạn Ánh là bạn của Chị Triệu Thị Ánh, mười bốn tuổi.', ['child:mười bốn tuổi']],
    ['Anh Triệu Văn Bé, học sinh lớp 8A Trường THCS.', ['maybe-child:học sinh', 'child:lớp 8A']],
    ['Anh Triệu Văn Bé, lớp 11, giỏi Toán.', ['maybe-child:lớp 11']],
    ['Anh Triệu Văn Bé, học sinh Trường Tiểu học.', ['child:học sinh']],
    ['Anh Triệu Văn Bé đang học mầm non.', []],
    ['học sinh Triệu Văn Bé', ['maybe-child:học sinh']],
    ['cháu Lăng Văn Tí', ['maybe-child:cháu']],
    // A teacher's class is not her age.
    ['Cô Nông Thị Thu Hà dạy lớp 3 ở điểm trường.', []],
    ['Cô Nông Thị Thu Hà, 34 tuổi, dạy lớp 3.', ['adult:34 tuổi']],
  ])('%s', (text, expected) => expect(signals(text)).toEqual(expected));

  it('reads numbers in words, as scripts write them', () => {
    const value = (text: string) => numberAt(readerWords(text), 0)?.value;
    expect(value('mười bốn')).toBe(14);
    expect(value('mười lăm')).toBe(15);
    expect(value('mười một')).toBe(11);
    expect(value('hai mươi tám')).toBe(28);
    expect(value('ba mươi mốt')).toBe(31);
    expect(value('mười năm')).toBe(10);
    expect(value('15')).toBe(15);
    expect(value('tháng')).toBeUndefined();
  });
});

describe('what a story says that is sensitive', () => {
  const terms = (text: string) => findSensitiveTerms(readerWords(text)).map((t) => `${t.topic}:${t.text}${t.general ? ' (nhóm)' : ''}`);
  it.each([
    ['Gia đình ông thuộc hộ nghèo.', ['ho-ngheo:hộ nghèo']],
    ['Năm 2016 nhà anh còn là hộ nghèo.', ['ho-ngheo:hộ nghèo']],
    ['Năm hai nghìn không trăm mười sáu, gia đình anh còn là hộ nghèo.', ['ho-ngheo:hộ nghèo']],
    ['Năm 2019 gia đình anh thoát nghèo.', ['ho-ngheo:thoát nghèo']],
    ['Nhà chị thuộc diện cận nghèo.', ['ho-ngheo:cận nghèo']],
    ['Ông bị ung thư phổi, phải nằm viện.', ['suc-khoe:ung thư', 'suc-khoe:nằm viện']],
    ['Anh là người khuyết tật vận động.', ['suc-khoe:khuyết tật']],
    ['Bà bị tai biến năm 2020.', ['suc-khoe:tai biến']],
    ['Bố mất khi em còn nhỏ.', ['hoan-canh-gia-dinh:Bố mất']],
    ['Chị ly hôn, một mình nuôi hai con.', ['hoan-canh-gia-dinh:ly hôn', 'hoan-canh-gia-dinh:một mình nuôi']],
    ['Gia đình nhiều khó khăn.', ['hoan-canh-gia-dinh:Gia đình nhiều khó khăn']],
    ['Em mồ côi mẹ.', ['hoan-canh-gia-dinh:mồ côi']],
  ])('%s', (text, expected) => expect(terms(text)).toEqual(expected));

  it.each([
    ['chín hộ nghèo', 'Hợp tác xã có chín hộ nghèo trồng rau.'],
    ['năm hộ nghèo', 'Cả năm hộ nghèo đã thoát nghèo.'],
    ['các hộ nghèo', 'Các hộ nghèo trong thôn được ứng giống.'],
    ['giúp hộ nghèo', 'Anh hướng dẫn và giúp hộ nghèo.'],
    ['cho hộ khó khăn', 'Gia đình cho hộ khó khăn mượn lợn.'],
    ['người khuyết tật', 'Chị nhận hồ sơ của người khuyết tật.'],
    ['phòng chống bạo lực gia đình', 'Tổ bàn chuyện phòng chống bạo lực gia đình.'],
    ['21 học sinh có hoàn cảnh khó khăn', '21 học sinh có hoàn cảnh khó khăn được đỡ đầu.'],
  ])('marks "%s" as about a group', (_what, text) => expect(terms(text).every((t) => t.endsWith('(nhóm)'))).toBe(true));

  it.each([
    ['"con" is not "còn"', 'Bà con nghèo không thiếu sức.'],
    ['"đo huyết áp" is a service, not an illness', 'Tổ đến từng nhà đo huyết áp cho người cao tuổi.'],
    ['"dịch bệnh" is not a person’s illness', 'Sau những tháng học gián đoạn vì dịch bệnh.'],
  ])('finds nothing where %s', (_what, text) => expect(terms(text)).toEqual([]));
});
