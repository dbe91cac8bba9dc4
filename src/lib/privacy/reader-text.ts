import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

/**
 * A text as a reader sees it on the page, with the offset in the original text of every
 * UTF-16 unit, so that a rule which finds something in the reader's text can say where it
 * was written.
 */
export interface ReaderText {
  text: string;
  /** Offset in the original of each unit of `text`; null while the two are the same. */
  origin: readonly number[] | null;
  /** Length of the original text. */
  sourceLength: number;
}

/** Offset in the original text of the unit at `index` of the reader's text. */
export function originalOffset(reader: ReaderText, index: number): number {
  if (index >= reader.text.length) return reader.sourceLength;
  return reader.origin === null ? index : reader.origin[index]!;
}

/**
 * Undoes what hides characters from a pattern but not from a reader, in the order the
 * site's build and a browser would: inline markup glued to digits or "@" (`0912**345**678`),
 * MDX comments (their text is moved to the end, so it is still read), backslash escapes of
 * Markdown, YAML and JavaScript strings (`\-`, `\x40`, `\u0040`), HTML character references (named, decimal, hexadecimal, also without
 * their `;` as browsers accept them), percent-encoding (`%40`, `%C3%A1`), then every kind
 * of space becomes " ", every dash "-", invisible format characters (zero-width space,
 * soft hyphen, direction marks) go, full-width and mathematical forms become their plain
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

/** Builds a new reader's text from pieces of another, carrying origins along. */
class Builder {
  private readonly chunks: string[] = [];
  private readonly origin: number[] = [];
  private readonly from: ReaderText;
  constructor(from: ReaderText) {
    this.from = from;
  }

  copy(start: number, end: number): void {
    if (end <= start) return;
    this.chunks.push(this.from.text.slice(start, end));
    for (let i = start; i < end; i++) this.origin.push(originalOffset(this.from, i));
  }

  /** Adds `text` in place of the units from `at` on: all of it points at `at`'s origin. */
  emit(text: string, at: number): void {
    this.chunks.push(text);
    const origin = originalOffset(this.from, at);
    for (let i = 0; i < text.length; i++) this.origin.push(origin);
  }

  done(): ReaderText {
    return { text: this.chunks.join(''), origin: this.origin, sourceLength: this.from.sourceLength };
  }
}

const MARKUP =
  /\{\s*\/\*([\s\S]*?)\*\/\s*\}|\\(?:x([0-9A-Fa-f]{2})|u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([!-/:-@[-`{-~]))|(?<=[\p{N}@])[*_~`]+|[*_~`]+(?=[\p{N}@])/gu;

function removeMarkup(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (text.search(MARKUP) < 0) return reader;
  const out = new Builder(reader);
  const comments: [start: number, end: number][] = [];
  let copied = 0;
  for (const match of text.matchAll(MARKUP)) {
    out.copy(copied, match.index);
    copied = match.index + match[0].length;
    const [whole, comment, hex2, braced, hex4, hex8, punctuation] = match;
    if (comment !== undefined) {
      const start = match.index + whole.indexOf('/*') + 2;
      comments.push([start, start + comment.length]);
    } else if (hex2 ?? braced ?? hex4 ?? hex8) {
      const codePoint = parseInt((hex2 ?? braced ?? hex4 ?? hex8)!, 16);
      out.emit(codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole, match.index);
    } else if (punctuation) {
      out.emit(punctuation, match.index + 1);
    }
    // Emphasis and code markers glued to digits: nothing a reader sees.
  }
  out.copy(copied, text.length);
  for (const [start, end] of comments) {
    out.emit('\n', start);
    out.copy(start, end);
  }
  return out.done();
}

function decodeEntities(reader: ReaderText): ReaderText {
  const { text } = reader;
  let amp = text.indexOf('&');
  if (amp < 0) return reader;
  let decoded: number[] = [];
  const decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => decoded.push(codePoint));
  const out = new Builder(reader);
  let copied = 0;
  while (amp >= 0) {
    decoded = [];
    decoder.startEntity(DecodingMode.Legacy);
    let consumed = decoder.write(text, amp + 1);
    if (consumed < 0) consumed = decoder.end();
    if (consumed > 0 && decoded.length > 0) {
      out.copy(copied, amp);
      out.emit(String.fromCodePoint(...decoded), amp);
      copied = amp + consumed;
    }
    amp = text.indexOf('&', Math.max(amp + 1, copied));
  }
  out.copy(copied, text.length);
  return out.done();
}

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead. */
function utf8Length(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >> 5 === 0b110) return 2;
  if (byte >> 4 === 0b1110) return 3;
  if (byte >> 3 === 0b11110) return 4;
  return 0;
}

function decodePercent(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (!text.includes('%')) return reader;
  const out = new Builder(reader);
  let copied = 0;
  for (const match of text.matchAll(PERCENT_RUN)) {
    out.copy(copied, match.index);
    const bytes = match[0].length / 3;
    for (let i = 0; i < bytes; ) {
      const at = match.index + i * 3;
      const length = utf8Length(parseInt(text.slice(at + 1, at + 3), 16));
      let character: string | null = null;
      if (length > 0 && i + length <= bytes) {
        try {
          character = decodeURIComponent(text.slice(at, at + length * 3));
        } catch {
          // Not valid UTF-8: the reader sees the escape as written.
        }
      }
      if (character === null) {
        out.copy(at, at + 3);
        i += 1;
      } else {
        out.emit(character, at);
        i += length;
      }
    }
    copied = match.index + match[0].length;
  }
  out.copy(copied, text.length);
  return out.done();
}

/**
 * Characters a reader does not tell apart from a plain space, dash, digit or letter, or
 * does not see at all. Ordinary spaces and hyphen-minus are left out so that the common
 * case has no match.
 */
const LOOK_ALIKE =
  /(?![ -])[\t\p{Zs}\p{Zl}\p{Zp}\p{Cf}\p{Pd}\u2212\u2043\u02D7\u00B7\u2024\uFE50-\uFE6B\uFF01-\uFF5E\u{1D400}-\u{1D7FF}]/gu;

function lookAlike(character: string): string {
  if (character === '\t' || /\p{Zs}/u.test(character)) return ' ';
  if (/[\p{Zl}\p{Zp}]/u.test(character)) return '\n';
  if (/\p{Cf}/u.test(character)) return '';
  if (/[\p{Pd}\u2212\u2043\u02D7]/u.test(character)) return '-';
  if (character === '\u00B7' || character === '\u2024') return '.';
  return character.normalize('NFKC');
}

function mapCharacters(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (text.search(LOOK_ALIKE) < 0) return reader;
  const out = new Builder(reader);
  let copied = 0;
  for (const match of text.matchAll(LOOK_ALIKE)) {
    out.copy(copied, match.index);
    out.emit(lookAlike(match[0]), match.index);
    copied = match.index + match[0].length;
  }
  out.copy(copied, text.length);
  return out.done();
}

/** A letter with the combining marks that follow it (or marks with no letter before them). */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

function composeNfc(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (text.normalize('NFC') === text) return reader;
  const out = new Builder(reader);
  for (const match of text.matchAll(CLUSTER)) {
    const composed = match[0].normalize('NFC');
    if (composed === match[0]) out.copy(match.index, match.index + match[0].length);
    else out.emit(composed, match.index);
  }
  return out.done();
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
    words.push({ text, lower, folded: fold(lower), start: originalOffset(reader, at), end: originalOffset(reader, at + raw.length - 1) + 1, gap });
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
