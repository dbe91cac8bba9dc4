import { describe, expect, it } from 'vitest';
import { capitalised, countInWords, countsInWords, listInWords, numberInWords } from '#lib/text/number-words.ts';

describe('numberInWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [3, 'ba'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [105, 'một trăm linh năm'],
    [2023, 'hai nghìn không trăm hai mươi ba'],
    [12_500_000, 'mười hai triệu năm trăm nghìn'],
  ])('%i → %s', (value, words) => expect(numberInWords(value)).toBe(words));

  it('refuses a number that is not whole', () => expect(() => numberInWords(1.5)).toThrow(/không phải số nguyên/));
});

describe('countInWords', () => {
  it('writes a count with its noun, capitalised for a heading', () => {
    expect(countInWords(11, 'phong trào')).toBe('mười một phong trào');
    expect(capitalised(countInWords(3, 'phong trào'))).toBe('Ba phong trào');
    expect(capitalised('đơn vị')).toBe('Đơn vị');
  });
});

describe('countsInWords', () => {
  it('joins the kinds as a sentence does, leaving out those with none', () => {
    expect(
      countsInWords([
        [9, 'phong trào thi đua'],
        [1, 'cuộc vận động'],
        [1, 'lĩnh vực'],
      ]),
    ).toBe('chín phong trào thi đua, một cuộc vận động và một lĩnh vực');
    expect(
      countsInWords([
        [3, 'phong trào thi đua'],
        [0, 'cuộc vận động'],
      ]),
    ).toBe('ba phong trào thi đua');
    expect(listInWords([])).toBe('');
  });
});
