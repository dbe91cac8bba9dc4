import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

/**
 * Numbers in Vietnamese words ("mười một", "hai mươi mốt", "một trăm linh năm"), by
 * read-vietnamese-number: it reads "mốt", "tư", "lăm" and "linh/lẻ" as people say them,
 * where vn-num2words writes "muời" and "mười năm" (compared in docs/). "linh" as in
 * official writing; no unit after the number.
 */
const config = new ReadingConfig();
config.unit = [];
config.oddText = 'linh';
// The loudspeakers' register (src/lib/loudspeaker/speech/, docs/architecture.md, "Speech-ready text"): "tỷ" as state
// documents spell it, "phẩy" for the decimal comma.
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
config.pointText = 'phẩy';
// The library builds a RegExp from thousandSign, so "." would match every character: numbers
// are handed over as plain digits, with "." as the decimal point, its default.

export function numberInWords(value: number | bigint): string {
  if (typeof value === 'number' && !Number.isInteger(value)) throw new Error(`numberInWords: ${value} không phải số nguyên.`);
  return doReadNumber(String(value), config).trim();
}

/** "1", "05" → "một phẩy không năm": the part after the comma as a number, its leading zeros each "không". */
export function decimalInWords(integral: string, fraction: string): string {
  if (!/^\d+$/.test(integral) || !/^\d+$/.test(fraction))
    throw new Error(`decimalInWords: "${integral},${fraction}" không phải số thập phân.`);
  return doReadNumber(`${integral}.${fraction}`, config).trim();
}

/** "Mười một", for the start of a sentence or a heading. */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** "mười một phong trào": a count that a page writes in words, from the data. */
export const countInWords = (count: number, noun: string) => `${numberInWords(count)} ${noun}`;

/** "a", "a và b", "a, b và c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** Counts of several kinds in words, zero counts left out: "chín phong trào thi đua và hai cuộc vận động". */
export const countsInWords = (counts: readonly (readonly [count: number, noun: string])[]) =>
  listInWords(counts.filter(([count]) => count > 0).map(([count, noun]) => countInWords(count, noun)));
