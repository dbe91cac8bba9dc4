/** Text as a reader reads it: characters unhidden (hidden-characters.ts), then words, for the privacy rules. */
import { composeNfc, decodeEntities, decodePercent, mapCharacters, removeMarkup } from './hidden-characters.ts';
import { originalOffset, type ReaderText } from './traced-text.ts';

/**
 * Undoes what hides characters from a pattern but not from a reader, in the order the
 * site's build and a browser would: inline markup glued to digits or "@" (`0912**345**678`),
 * MDX comments (their text is moved to the end, so it is still read), backslash escapes of
 * Markdown, YAML and JavaScript strings (`\-`, `\x40`, `\u0040`), HTML character references (named, decimal, hexadecimal, also without
 * their `;` as browsers accept them), percent-encoding (`%40`, `%C3%A1`), then every kind
 * of space becomes " ", every dash "-", invisible format characters (zero-width space,
 * soft hyphen, direction marks) go, digits of any script (Arabic-Indic, circled, superscript,
 * keycaps and underlined ones) become 0–9, full-width and mathematical forms become their plain
 * letters and digits, and the whole is composed to Unicode NFC.
 */
export function readerText(source: string): ReaderText {
  let reader: ReaderText = { text: source, origin: null, sourceLength: source.length };
  reader = removeMarkup(reader);
  reader = decodeEntities(reader);
  reader = decodePercent(reader);
  reader = mapCharacters(reader);
  reader = composeNfc(reader);
  return reader;
}

/** A word of a text as a reader reads it, for the rules about people's names (src/lib/privacy/person-names.ts). */
export interface Word {
  /** The word as read, NFC. */
  text: string;
  /** Lower case, NFC. */
  lower: string;
  /** Lower case without tone marks or other diacritics, đ read as d. */
  folded: string;
  /** Offsets in the original text: first character, and one past the last. */
  start: number;
  end: number;
  /**
   * What stands between this word and the one before it: only spaces (one line break
   * included), other punctuation (a comma, a bracket, a hyphen), or the end of a
   * sentence (. ! ? ; : …, a blank line, a heading or a list item).
   */
  gap: 'space' | 'pause' | 'stop';
}

// A text has a few thousand different syllables at most: each is folded once.
const foldedSyllables = new Map<string, string>();

/** Lower case, no diacritics, đ as d: how "Hoàng Thị Lụa" and "HOANG THI LUA" meet. */
export function fold(text: string): string {
  let result = foldedSyllables.get(text);
  if (result === undefined) {
    result = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    if (foldedSyllables.size > 50_000) foldedSyllables.clear();
    foldedSyllables.set(text, result);
  }
  return result;
}

/**
 * A word, with the Markdown emphasis, strike-through and code marks a word can hold without a
 * reader seeing them ("Hoà**ng**"). An underscore does not join (CommonMark reads none inside a
 * word, and in addresses it stands between words).
 */
const WORDS = /[\p{L}\p{N}\p{M}]+(?:[*~`]+[\p{L}\p{N}\p{M}]+)*/gu;
const INSIDE_MARKS = /[*~`]/g;
const STOP = /[.!?;:…]|\n\s*\n|\n\s*(?:#|[-+*]\s|\d+[.)]\s)/u;
/** Emphasis around words ("**Hoàng** Thị") is not something a reader sees between them. */
const gapKind = (between: string): Word['gap'] => {
  if (between === ' ') return 'space';
  const seen = between.replace(/[*_~`]/g, '');
  return STOP.test(seen) ? 'stop' : /\S/u.test(seen) ? 'pause' : 'space';
};

/** Every word of a text in reading order (readerText: references, percent-encoding, invisible characters, NFC), with its place in the original. */
export function readerWords(source: string): Word[] {
  const reader = readerText(source);
  const { text: read } = reader;
  const marked = /[*~`]/.test(read);
  const words: Word[] = [];
  let last = 0;
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(read); match; match = WORDS.exec(read)) {
    const raw = match[0];
    const at = match.index;
    const text = marked ? raw.replace(INSIDE_MARKS, '') : raw;
    const lower = text.toLowerCase();
    // Most words follow one space: no need to look at it.
    const gap = words.length === 0 ? 'stop' : at === last + 1 && read.charCodeAt(last) === 32 ? 'space' : gapKind(read.slice(last, at));
    words.push({
      text,
      lower,
      folded: fold(lower),
      start: originalOffset(reader, at),
      end: originalOffset(reader, at + raw.length - 1) + 1,
      gap,
    });
    last = at + raw.length;
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

/** The 1-based line of an offset in a text. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
