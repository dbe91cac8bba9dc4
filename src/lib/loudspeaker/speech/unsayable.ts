/**
 * What a text-to-speech loudspeaker cannot say in a text already put into words
 * (spoken-text.ts): a symbol, an emoji, an all-capital abbreviation that is not in
 * `content/abbreviations.yaml`. `npm run check` warns about each, once per script.
 */
import { romanValue } from './number-words.ts';

export type UnsayableKind = 'symbol' | 'emoji' | 'abbreviation';

export interface Unsayable {
  kind: UnsayableKind;
  /** As written: "#", "🙂", "BQLDA". */
  text: string;
}

/** Letters, spaces and the punctuation a reader turns into a pause. */
const SAYABLE = /[\p{L}\p{M}\s.,;:!?()[\]"'“”‘’«»…–—-]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_PARTS = /\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/u;
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

/** True for a word that reads as one Vietnamese syllable ("BAN", "KÍNH"), which is no abbreviation. */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
}

export function findUnsayable(spoken: string): Unsayable[] {
  const found = new Map<string, Unsayable>();
  for (const char of spoken) {
    // Joiners, variation selectors and skin tones belong to the emoji before them.
    if (SAYABLE.test(char) || EMOJI_PARTS.test(char)) continue;
    const kind = EMOJI.test(char) ? 'emoji' : 'symbol';
    found.set(`${kind}:${char}`, { kind, text: char });
  }
  for (const [word] of spoken.matchAll(CAPITALS)) {
    // "XIII" reads like a syllable, but is a Roman numeral with no word before it to say how.
    if (!isVietnameseSyllable(word) || romanValue(word) !== undefined)
      found.set(`abbreviation:${word}`, { kind: 'abbreviation', text: word });
  }
  return [...found.values()];
}
