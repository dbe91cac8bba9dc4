/**
 * Vietnamese text as a text-to-speech loudspeaker must read it: numbers, money, dates, times,
 * percentages, decimals, ordinals, document numbers and abbreviations written out in words.
 * The reading view keeps what the author wrote; the .txt copies and the reading time use this.
 * What is read how, and why, is in docs/architecture.md ("Speech-ready text").
 */
import { decimalWords, digitWords, integerWords, monthWords, ordinalWords, romanValue } from './number-words.ts';

/** How to say short forms: `content/abbreviations.yaml` (src/schemas/abbreviations.ts). */
export interface SpeechDictionary {
  /** "UBND" → "Ủy ban nhân dân": read wherever the whole word appears. */
  abbreviations: Readonly<Record<string, string>>;
  /** Kinds of document in a document number ("212/QĐ-UBND": QĐ → "quyết định"). */
  documents: Readonly<Record<string, string>>;
  /** Units read only after a number ("5 ha", "560m2", "12.500.000đ"). */
  units: Readonly<Record<string, string>>;
}

const L = '\\p{L}';
const NOT_BEFORE = `(?<![${L}\\p{N}])`;
const NOT_AFTER = `(?![${L}\\p{N}])`;
/** A number as Vietnamese writes it: 12.500.000, 1,5, 2023, 0205. */
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)*';
const CODE = `\\p{Lu}${L}*\\d*`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const alternation = (keys: Iterable<string>) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|') || '(?!)';

/** A number as written, in words: thousands dots, a decimal comma, leading zeros. */
export function numberWords(written: string): string {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(written)) {
    const [integral, fraction] = written.replaceAll('.', '').split(',');
    return fraction === undefined ? integerWords(integral!) : decimalWords(integral!, fraction);
  }
  if (/^\d+,\d+$/.test(written)) {
    const [integral, fraction] = written.split(',');
    return decimalWords(integral!, fraction!);
  }
  if (/^\d+$/.test(written)) {
    // "05 hộ" is five households, as official texts pad small counts; "0205" is a code.
    if (written.length > 1 && written.startsWith('0')) return written.length <= 3 ? integerWords(written) : digitWords(written);
    return integerWords(written);
  }
  // "1.2", "3.5.2": section numbers, read part by part with "chấm".
  return written
    .split(/[.,]/)
    .map((part) => numberWords(part))
    .join(' chấm ');
}

const isRealDay = (day: number, month: number, year = 2024) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Words before a day/month that make "15/12" a date rather than "mười lăm trên mười hai". */
const DATE_CONTEXT = /(?:ngày|mồng|mùng|từ|đến|tới|hôm|sáng|trưa|chiều|tối|đêm|nay|hạn|và|hoặc|trước|sau)\s*$/iu;
const DAY_WORD = /(?:ngày|mồng|mùng)\s*$/iu;
const MONTH_WORD = /tháng\s*$/iu;
/** Words after which a Roman numeral is a number: "khóa XV", "quý III", "lần thứ XIII". */
const ROMAN_CONTEXT = /(?:khóa|khoá|quý|thứ|kỳ|kì|thế kỷ|thế kỉ|đại hội|chương|phần|mục)\s+$/iu;

/** Regular expressions made from a dictionary's keys, made once per dictionary. */
const compiled = new WeakMap<SpeechDictionary, { number: RegExp; abbreviations: RegExp }>();
function patterns(dictionary: SpeechDictionary) {
  let found = compiled.get(dictionary);
  if (!found) {
    const units = alternation(Object.keys(dictionary.units));
    const keys = alternation(Object.keys(dictionary.abbreviations));
    found = {
      number: new RegExp(`(?<![${L}\\p{N}])(${NUM})(?:(\\s?)(${units}|${L}+)/(${units}|${L}+)|\\s?(${units}))?${NOT_AFTER}`, 'gu'),
      abbreviations: new RegExp(`${NOT_BEFORE}(?:${keys})(?:-(?:${keys}))*${NOT_AFTER}`, 'gu'),
    };
    compiled.set(dictionary, found);
  }
  return found;
}

/** What the rules below act on: a digit, two capitals in a word, a Roman numeral. Most paragraphs have none. */
const WORK = /\d|\p{Lu}\p{Ll}*\p{Lu}|(?<!\p{L})[IVXLC](?!\p{Ll})/u;

/** One paragraph in words. */
export function toSpoken(text: string, dictionary: SpeechDictionary): string {
  if (!WORK.test(text)) return tidy(text);
  const compiledPatterns = patterns(dictionary);
  const abbreviation = (code: string) => dictionary.abbreviations[code];
  const before = (source: string, offset: number) => source.slice(Math.max(0, offset - 12), offset);
  let out = text;

  // Document numbers: "212/QĐ-UBND", "91/2025/QH15", "34-CT/TW".
  const codeWords = (code: string) => {
    const [, letters, term] = /^(.*?)(\d*)$/u.exec(code)!;
    const said = abbreviation(letters!) ?? letters!;
    return term ? `${said} khóa ${integerWords(term)}` : said;
  };
  const documentWords = (number: string, year: string | undefined, codes: string[], hasSo: boolean) => {
    const [first, ...rest] = codes;
    const kind = first !== undefined && rest.length > 0 ? dictionary.documents[first] : undefined;
    const issuers = (kind ? rest : codes).map(codeWords).join(' ');
    const head = `${hasSo ? '' : 'số '}${numberWords(number)}${year ? ` năm ${integerWords(year)}` : ''}`;
    return kind ? `${head}, ${kind} của ${issuers}` : `${head} của ${issuers}`;
  };
  out = out.replace(
    new RegExp(`${NOT_BEFORE}(\\d+)(?:/(\\d{4}))?/(${CODE}(?:-${CODE})*)${NOT_AFTER}`, 'gu'),
    (_m, number: string, year: string | undefined, codes: string, offset: number, source: string) =>
      documentWords(number, year, codes.split('-'), /số\s*$/iu.test(before(source, offset))),
  );
  out = out.replace(
    new RegExp(`${NOT_BEFORE}(\\d+)-(${CODE})/(${CODE}(?:-${CODE})*)${NOT_AFTER}`, 'gu'),
    (_m, number: string, kind: string, issuers: string, offset: number, source: string) =>
      documentWords(number, undefined, [kind, ...issuers.split('-')], /số\s*$/iu.test(before(source, offset))),
  );

  // Dates: "22/12/2023", "22-12-2023", "22.12.2023"; "12/2023"; "22/12" where a date is meant.
  out = out.replace(
    /(?<![\d/.,])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/gu,
    (match, d: string, _sep, m: string, y: string, offset: number, source: string) => {
      if (!isRealDay(Number(d), Number(m), Number(y))) return match;
      const day = DAY_WORD.test(before(source, offset)) ? '' : 'ngày ';
      return `${day}${integerWords(String(Number(d)))} tháng ${monthWords(Number(m))} năm ${integerWords(y)}`;
    },
  );
  out = out.replace(/(?<![\d/.,])(\d{1,2})\/(\d{4})(?![\d/])/gu, (match, m: string, y: string, offset: number, source: string) => {
    if (Number(m) < 1 || Number(m) > 12) return match;
    return `${MONTH_WORD.test(before(source, offset)) ? '' : 'tháng '}${monthWords(Number(m))} năm ${integerWords(y)}`;
  });
  out = out.replace(/(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/])/gu, (match, d: string, m: string, offset: number, source: string) => {
    const context = before(source, offset);
    if (!isRealDay(Number(d), Number(m)) || !DATE_CONTEXT.test(context)) return match;
    return `${DAY_WORD.test(context) ? '' : 'ngày '}${integerWords(String(Number(d)))} tháng ${monthWords(Number(m))}`;
  });
  // Any other a/b between numbers: "đạt 19/19 tiêu chí" → "mười chín trên mười chín".
  out = out.replace(/(?<=\d)\s*\/\s*(?=\d)/gu, ' trên ');

  // Ranges: "3-5 người", "2021–2025", "7h-11h" → "đến".
  out = out.replace(/(?<=\d|\d[h%])\s*[-–]\s*(?=\d)/gu, ' đến ');

  // Times: "7h30", "7h", "14h05", "7:30".
  const time = (h: string, m: string | undefined) => {
    const minutes = Number(m ?? 0);
    const said = minutes === 0 ? '' : minutes < 10 ? ` ${integerWords(String(minutes))} phút` : ` ${integerWords(String(minutes))}`;
    return `${integerWords(String(Number(h)))} giờ${said}`;
  };
  out = out.replace(/(?<![\p{L}\d])(\d{1,2})h(\d{2})?(?![\p{L}\d])/gu, (match, h: string, m: string | undefined) =>
    Number(h) <= 24 && Number(m ?? 0) < 60 ? time(h, m) : match,
  );
  out = out.replace(/(?<![\p{L}\d:])(\d{1,2}):(\d{2})(?![\d:])/gu, (match, h: string, m: string) =>
    Number(h) <= 24 && Number(m) < 60 ? time(h, m) : match,
  );

  // Percentages: "25%", "12,5 %".
  out = out.replace(new RegExp(`${NOT_BEFORE}(${NUM})\\s?%`, 'gu'), (_m, n: string) => `${numberWords(n)} phần trăm`);

  // Ordinals, months and Roman numerals, by the word before them.
  out = out.replace(/(?<![\p{L}])(thứ)\s+(\d{1,2})(?![\p{L}\d.,])/giu, (_m, word: string, n: string) => `${word} ${ordinalWords(n)}`);
  out = out.replace(/(?<![\p{L}])(tháng)\s+(\d{1,2})(?![\p{L}\d.,/])/giu, (match, word: string, n: string) =>
    Number(n) >= 1 && Number(n) <= 12 ? `${word} ${monthWords(Number(n))}` : match,
  );
  out = out.replace(/(?<![\p{L}\p{N}])([IVXLC]+)(?![\p{L}\p{N}])/gu, (match, roman: string, offset: number, source: string) => {
    const value = romanValue(roman);
    const context = source.slice(Math.max(0, offset - 14), offset);
    // A lone C or L is a letter ("mục C"), not 100 or 50.
    if (value === undefined || roman === 'C' || roman === 'L' || !ROMAN_CONTEXT.test(context)) return match;
    return /thứ\s+$/iu.test(context) ? ordinalWords(String(value)) : integerWords(String(value));
  });

  out = out.replace(/(?<=\p{L})-(?=\d)/gu, ' ');
  // Numbers, with a unit after them and a rate: "560m2", "5 ha", "110.000 đồng/tấn".
  const unit = (word: string) => dictionary.units[word] ?? word;
  out = out.replace(
    compiledPatterns.number,
    (_m, n: string, _space, per: string | undefined, of: string | undefined, alone: string | undefined) =>
      `${numberWords(n)}${per ? ` ${unit(per)} mỗi ${unit(of!)}` : alone ? ` ${unit(alone)}` : ''}`,
  );
  // Digits left beside letters ("A4", "COVID-19"): read on their own.
  out = out.replace(/\d+/gu, (digits) => ` ${numberWords(digits)} `);

  // Abbreviations, joined ones ("KT-XH") read as a list.
  out = out.replace(
    compiledPatterns.abbreviations,
    (chain) =>
      abbreviation(chain) ??
      chain
        .split(/-(?=\p{Lu})/u)
        .map((code) => abbreviation(code) ?? code)
        .join(', '),
  );

  return tidy(out);
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
