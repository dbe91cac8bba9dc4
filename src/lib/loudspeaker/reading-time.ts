/**
 * Speaking rate for the commune loudspeakers, in syllables per second. Measured Vietnamese
 * news presenters speak about 3.7–5.5 syllables a second; outdoor loudspeakers echo between
 * houses and reach older listeners, so scripts are timed at a slower, deliberate 3.5.
 * Change it here and every page, bulletin total and warning follows.
 */
export const SYLLABLES_PER_SECOND = 3.5;
/** The rate as the radio pages write it: "3,5". */
export const SPEAKING_RATE_TEXT = SYLLABLES_PER_SECOND.toLocaleString('vi-VN');

/** A script longer than this is flagged when the site is built. */
export const MAX_SCRIPT_SECONDS = 5 * 60;

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/**
 * Vietnamese is written one syllable per word, so syllables are the space-separated words.
 * A number is read aloud in several syllables ("12.500" → "mười hai nghìn năm trăm"):
 * count two per significant digit group of up to three digits, plus one per scale word.
 */
export function countSyllables(text: string): number {
  let total = 0;
  for (const [token] of text.matchAll(WORD)) {
    total += NUMBER.test(token) ? numberSyllables(token) : 1;
  }
  return total;
}

function numberSyllables(token: string): number {
  const digits = token.replace(/\D/g, '');
  if (/^0\d/.test(digits) || digits.length <= 1) return Math.max(1, digits.length);
  let count = 0;
  for (const digit of digits) if (digit !== '0') count += 2;
  const groups = Math.ceil(digits.length / 3);
  return Math.max(1, count - 1 + (groups - 1));
}

export function readingSeconds(syllables: number, rate = SYLLABLES_PER_SECOND): number {
  return Math.round(syllables / rate);
}

/** "3 phút 05 giây", the way the programme sheet writes it. */
export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} giây`;
  return `${minutes} phút ${String(seconds).padStart(2, '0')} giây`;
}

/** ISO 8601 duration for <time datetime>. */
export function isoDuration(totalSeconds: number): string {
  return `PT${Math.floor(totalSeconds / 60)}M${totalSeconds % 60}S`;
}
