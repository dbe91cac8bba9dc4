/**
 * What hides characters from a pattern but not from a reader, each undone on a traced text
 * (traced-text.ts): readerText (reader-text.ts) applies them in the order the site's build and
 * a browser would.
 */
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import { Builder, type ReaderText } from './traced-text.ts';

const MARKUP =
  /!?\[([^\]\n]*)\]\(([^)\s]*)(?: "[^"\n]*")?\)|\{\s*\/\*([\s\S]*?)\*\/\s*\}|\\(?:x([0-9A-Fa-f]{2})|u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([!-/:-@[-`{-~]))|(?<=[\p{N}@])[*_~`]+|[*_~`]+(?=[\p{N}@])/gu;

export function removeMarkup(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (text.search(MARKUP) < 0) return reader;
  const out = new Builder(reader);
  const comments: [start: number, end: number][] = [];
  let copied = 0;
  for (const match of text.matchAll(MARKUP)) {
    out.copy(copied, match.index);
    copied = match.index + match[0].length;
    const [whole, linkText, linkTarget, comment, hex2, braced, hex4, hex8, punctuation] = match;
    if (linkText !== undefined) {
      // A link reads as its text ("[0912](…) 345 678", "chị [Hoàng Thị](…) Lụa"); its address is
      // read apart, at the end, like a comment.
      const textStart = match.index + whole.indexOf('[') + 1;
      out.copy(textStart, textStart + linkText.length);
      const targetStart = textStart + linkText.length + 2;
      comments.push([targetStart, targetStart + linkTarget!.length]);
    } else if (comment !== undefined) {
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

export function decodeEntities(reader: ReaderText): ReaderText {
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

export function decodePercent(reader: ReaderText): ReaderText {
  const { text } = reader;
  if (!text.includes('%')) return reader;
  const out = new Builder(reader);
  let copied = 0;
  for (const match of text.matchAll(PERCENT_RUN)) {
    out.copy(copied, match.index);
    const bytes = match[0].length / 3;
    for (let i = 0; i < bytes;) {
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
  /(?![ \-0-9])(?:[\t\p{Zs}\p{Zl}\p{Zp}\p{Cf}\p{Pd}\p{Nd}\p{No}\u2212\u2043\u02D7\u00B7\u2024\uFE50-\uFE6B\uFF01-\uFF5E\u{1D400}-\u{1D7FF}]|\p{M}(?<=[\p{Nd}\p{No}]\p{M}+))/gu;

/**
 * A decimal digit of any script as 0–9: Unicode gives each script's ten digits in one run, zero
 * first ("٠١٢" Arabic-Indic, "०१२" Devanagari, "𝟎𝟏𝟐" mathematical bold).
 */
function asciiDigit(character: string): string {
  const code = character.codePointAt(0)!;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

function lookAlike(character: string): string {
  // A mark on a digit ("0̲", the keycap of "0️⃣") is drawn around it, not read.
  if (/\p{M}/u.test(character)) return '';
  if (/\p{Nd}/u.test(character)) return asciiDigit(character);
  // Circled, superscript, subscript digits ("⓪⑨①", "⁰⁹"): a digit as read; other numerals ("½") as written.
  if (/\p{No}/u.test(character)) {
    const plain = character.normalize('NFKC');
    return /^\d$/.test(plain) ? plain : character;
  }
  if (character === '\t' || /\p{Zs}/u.test(character)) return ' ';
  if (/[\p{Zl}\p{Zp}]/u.test(character)) return '\n';
  if (/\p{Cf}/u.test(character)) return '';
  if (/[\p{Pd}\u2212\u2043\u02D7]/u.test(character)) return '-';
  if (character === '\u00B7' || character === '\u2024') return '.';
  return character.normalize('NFKC');
}

export function mapCharacters(reader: ReaderText): ReaderText {
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

export function composeNfc(reader: ReaderText): ReaderText {
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
