import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '#lib/text/csv.ts';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and new lines, and starts with a BOM for Excel', () => {
    expect(
      toCsv([
        ['Phong trào', 'Tối thiểu'],
        ['Dạy tốt, học tốt', 3],
        ['Nói "đi đôi"', true],
      ]),
    ).toBe('\uFEFFPhong trào,Tối thiểu\r\n"Dạy tốt, học tốt",3\r\n"Nói ""đi đôi""",true\r\n');
  });

  it('writes a unit name that starts a formula as text', () => {
    expect(
      toCsv([
        ['Đơn vị', 'Đã đăng'],
        ['=HYPERLINK("http://x","Bấm")', 2],
      ]),
    ).toBe('\uFEFFĐơn vị,Đã đăng\r\n"\'=HYPERLINK(""http://x"",""Bấm"")",2\r\n');
  });
});

describe('csvCell: no cell starts a formula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+84 đơn vị', `"'+84 đơn vị"`],
    ['-2+3', `"'-2+3"`],
    ['- Tổ hòa giải', `"'- Tổ hòa giải"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['=SUM(1,2)', `"'=SUM(1,2)"`],
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [-5, '-5'],
    [-12.5, '-12.5'],
    [0, '0'],
    [42, '42'],
    ['-5', '-5'],
    ['+3', '+3'],
    ['-12,5', '"-12,5"'],
    [true, 'true'],
    ['Hội Nông dân xã', 'Hội Nông dân xã'],
    ['a=b', 'a=b'],
    ['Xã - thôn', 'Xã - thôn'],
    ['', ''],
  ])('leaves %j as it is', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
