import { describe, expect, it } from 'vitest';
import { readerText } from '#lib/privacy/reader-text.ts';
import { originalOffset } from '#lib/privacy/traced-text.ts';

const read = (text: string) => readerText(text).text;

describe('readerText shows a text as a reader sees it', () => {
  it.each([
    ['named, decimal and hexadecimal references', 'a&nbsp;b &#64; &#x40; &commat; &amp;', 'a b @ @ @ &'],
    ['references without their semicolon, as browsers read them', '&#48&#x31 &amp x', '01 & x'],
    ['an unknown reference as written', '&khongco; AT&T', '&khongco; AT&T'],
    ['one level of references only', '&amp;#64;', '&#64;'],
    ['percent-encoding, also of UTF-8 letters', 'a%40b %C4%90%E1%BB%93ng', 'a@b Đồng'],
    ['a percent sign that encodes nothing', 'đạt 100% và 5%xy, %E1%BB', 'đạt 100% và 5%xy, %E1%BB'],
    ['every kind of space', 'a\u00A0b\u2009c\u202Fd\u3000e\u2002f\tg', 'a b c d e f g'],
    ['invisible characters', 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg\u200Eh', 'abcdefgh'],
    ['every kind of dash', '1\u20102\u20113\u20124\u20135\u20146\u22127\uFE638\uFF0D9', '1-2-3-4-5-6-7-8-9'],
    ['full-width digits, letters and signs', '０９１２＋＠ａＢ．', '0912+@aB.'],
    ['mathematical digits', '\u{1D7CE}\u{1D7D7}', '09'],
    ['decomposed Vietnamese letters, composed', 'căn cước'.normalize('NFD'), 'căn cước'],
    ['emphasis and code markers glued to digits', '09**12**3 `45` _6_ x@**y**', '09123 45 6 x@y**'],
    ['Markdown, YAML and JavaScript escapes', '1\\-2 \\x40 \\u0040 \\u{40} \\*', '1-2 @ @ @ *'],
    ['an MDX comment, moved to the end', 'a{/* ẩn */}b', 'ab\n ẩn '],
    [
      'a link as its text, its address moved to the end',
      'chị [Hoàng Thị](https://x.vn) Lụa, [0912](tel:1) 345',
      'chị Hoàng Thị Lụa, 0912 345\nhttps://x.vn\ntel:1',
    ],
    ['a picture as its description', 'xem ![tổ hòa giải](../images/a.jpg) nhé', 'xem tổ hòa giải nhé\n../images/a.jpg'],
    [
      'digits of other scripts, circled, superscript and keycaps',
      '\u0660\u0669 \u24EA\u2468 \u2070\u2079 0\uFE0F\u20E3 1\u0332',
      '09 09 09 0 1',
    ],
    ['line and paragraph separators as line breaks', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['a plain Vietnamese text unchanged', 'Đường làng sạch đẹp - 2023.', 'Đường làng sạch đẹp - 2023.'],
  ])('%s', (_, input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it('does not copy a text that needs no change', () => {
    const reader = readerText('Đường làng sạch đẹp.');
    expect(reader.origin).toBeNull();
    expect(originalOffset(reader, 3)).toBe(3);
  });
});

describe('readerText keeps the offset of every character in the original', () => {
  it.each([
    ['references', 'x &#48;&#x39; y', 'y'],
    ['percent-encoding', 'x %30%39 y', 'y'],
    ['invisible characters', 'x \u200B\u200B1 y', 'y'],
    ['decomposed letters', 'ca\u0306n ca\u0306n y', 'y'],
    ['full-width forms', '０９１ y', 'y'],
    ['markup', '**1**\\-{/* c */} y', 'y'],
  ])('after %s', (_, input, target) => {
    const reader = readerText(input);
    const at = reader.text.indexOf(target);
    expect(originalOffset(reader, at)).toBe(input.indexOf(target));
    expect(originalOffset(reader, reader.text.length)).toBe(input.length);
  });

  it('maps a decoded character to the start of what encoded it', () => {
    const input = 'số &#48;2 và %40 và ca\u0306n';
    const reader = readerText(input);
    expect(originalOffset(reader, reader.text.indexOf('0'))).toBe(input.indexOf('&#48;'));
    expect(originalOffset(reader, reader.text.indexOf('@'))).toBe(input.indexOf('%40'));
    expect(originalOffset(reader, reader.text.indexOf('ă'))).toBe(input.indexOf('a\u0306'));
  });

  it('maps the text of a moved MDX comment to where it was written', () => {
    const input = 'a{/* 0912 */}b';
    const reader = readerText(input);
    expect(originalOffset(reader, reader.text.indexOf('0912'))).toBe(input.indexOf('0912'));
  });
});
