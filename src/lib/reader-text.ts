/**
 * Text as a reader sees it, word by word: what the name and sensitive-topic rules of the
 * content checker read. A name must be found however it was typed: composed or decomposed
 * Unicode, written as an HTML character reference (`Th&#7883;`) or percent-encoded in a link,
 * split by a soft hyphen, a zero-width space or Markdown emphasis (`Hoà**ng**`), over a line
 * break, in any case, with or without its tone marks. Each word keeps its place in the
 * source, so a problem is reported at its line.
 */
import { decodeHTMLStrict } from 'entities';

export interface Word {
  /** The word as written, NFC. */
  text: string;
  /** Lower case, NFC. */
  lower: string;
  /** Lower case without tone marks or other diacritics, đ read as d. */
  folded: string;
  /** Offsets in the source: first character, and one past the last. */
  start: number;
  end: number;
  /**
   * What stands between this word and the one before it: only spaces (one line break
   * included), other punctuation (a comma, a bracket, a hyphen), or the end of a
   * sentence (. ! ? ; : …, a blank line, a heading or a list item).
   */
  gap: 'space' | 'pause' | 'stop';
}

/** Characters a reader does not see: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;
/**
 * Markdown emphasis, strike-through, code marks and escapes: they can sit inside a word
 * ("Hoà**ng**") without changing what is read. An underscore cannot (CommonMark), and in
 * addresses it stands between words, so it stays a separator.
 */
const MARKUP = /[*~`\\]/;
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const PERCENT = /(?:%[0-9A-Fa-f]{2})+/y;
const STOP = /[.!?;:…]|\n\s*\n|\n\s*(?:#|[-+*]\s|\d+[.)]\s)/u;

/** Anything that makes the text differ from what is read: references, invisible characters, markup. */
const SPECIAL = /[&%\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF*~`\\]/u;

/** The source with references decoded and invisible characters dropped, with each character's source offset. */
function decode(source: string): { text: string; at: (i: number) => number } {
  // Most text has none of these: read it as it is.
  if (!SPECIAL.test(source)) return { text: source, at: (i) => i };
  let text = '';
  const offsets: number[] = [];
  const push = (part: string, offset: number) => {
    for (const char of part) {
      if (INVISIBLE.test(char) || MARKUP.test(char)) continue;
      text += char;
      for (let k = 0; k < char.length; k++) offsets.push(offset);
    }
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '&') {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(source);
      if (match) {
        const decoded = decodeHTMLStrict(match[0]);
        if (decoded !== match[0]) {
          push(decoded, i);
          i += match[0].length;
          continue;
        }
      }
    }
    if (char === '%') {
      PERCENT.lastIndex = i;
      const match = PERCENT.exec(source);
      if (match) {
        try {
          push(decodeURIComponent(match[0]), i);
          i += match[0].length;
          continue;
        } catch {
          // Not UTF-8: read as written.
        }
      }
    }
    const code = source.codePointAt(i)!;
    const whole = String.fromCodePoint(code);
    push(whole, i);
    i += whole.length;
  }
  offsets.push(source.length);
  return { text, at: (k) => offsets[k]! };
}

// A text has a few thousand different syllables at most: each is folded once.
const folded = new Map<string, string>();

/** Lower case, no diacritics, đ as d: how "Hoàng Thị Lụa" and "HOANG THI LUA" meet. */
export function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
const gapKind = (between: string): Word['gap'] => (between === ' ' ? 'space' : STOP.test(between) ? 'stop' : /\S/u.test(between) ? 'pause' : 'space');

/** Every word of a text in reading order, with its place in the source. */
export function readerWords(source: string): Word[] {
  const { text: decoded, at } = decode(source);
  // Composed text has no combining marks: normalise only when some are there.
  const composed = !/\p{M}/u.test(decoded);
  const words: Word[] = [];
  let last = 0;
  for (const match of decoded.matchAll(WORDS)) {
    const raw = match[0];
    const text = composed ? raw : raw.normalize('NFC');
    const lower = text.toLowerCase();
    words.push({
      text,
      lower,
      folded: fold(lower),
      start: at(match.index),
      end: at(match.index + raw.length - 1) + 1,
      gap: words.length === 0 ? 'stop' : gapKind(decoded.slice(last, match.index)),
    });
    last = match.index + raw.length;
  }
  return words;
}

/**
 * Does a word of the text read as a syllable of a name? Strict: the same letters, and every
 * mark on the word is one the name has, so "Lua", "Lụa" and "LỤA" read as "Lụa", but
 * "lừa" or "chỉ" do not read as "Lụa" or "chị". Loose: the same letters whatever the
 * marks ("Lúa" for "Lụa"), used for whole names of three syllables or more, which no
 * ordinary words spell.
 */
export function syllableMatches(word: string, syllable: string, loose = false): boolean {
  if (word === syllable) return true;
  if (fold(word) !== fold(syllable)) return false;
  if (loose) return true;
  const a = marksByLetter(word);
  const b = marksByLetter(syllable);
  return a.every((marks, k) => [...marks].every((mark) => b[k]!.has(mark)));
}

/** The diacritics on each letter, đ's bar counted as one. */
function marksByLetter(text: string): Set<string>[] {
  const letters: Set<string>[] = [];
  for (const char of text.toLowerCase().normalize('NFD')) {
    if (/\p{M}/u.test(char)) letters.at(-1)?.add(char);
    else letters.push(new Set(char === 'đ' ? ['bar'] : []));
  }
  return letters;
}

/** The 1-based line of a source offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
