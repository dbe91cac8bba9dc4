/**
 * Numbers in words as a loudspeaker reads them: the site's one reader of numbers
 * (src/lib/text/number-words.ts, read-vietnamese-number with its register), and what a bulletin adds:
 * digits read one by one, ordinals, months, Roman numerals.
 */
import { decimalInWords, numberInWords } from '../../text/number-words.ts';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** "12500000" → "mười hai triệu năm trăm nghìn". Digits only, no separators. */
export function integerWords(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`Không phải số nguyên: "${digits}"`);
  return numberInWords(BigInt(digits));
}

/** "1", "5" → "một phẩy năm"; the part after the comma as a number, its leading zeros each read "không". */
export const decimalWords = decimalInWords;

/** Each digit on its own: "0205" → "không hai không năm" (codes and numbers that start with 0). */
export const digitWords = (digits: string) => [...digits].map((d) => DIGITS[Number(d)]).join(' ');

/** An ordinal after "thứ": 1 is "nhất", 4 is "tư" ("thứ tư"), the rest are read as numbers. */
export function ordinalWords(digits: string): string {
  const n = Number(digits);
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return integerWords(digits);
}

/** A month: "tháng tư" for April, as Vietnamese says it; the others as numbers. */
export const monthWords = (month: number) => (month === 4 ? 'tư' : integerWords(String(month)));

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const ROMAN_PATTERN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** A Roman numeral up to 399 ("XV" → 15), or undefined when the text is not one. */
export function romanValue(text: string): number | undefined {
  if (!ROMAN_PATTERN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
