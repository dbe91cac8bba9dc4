import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { findBankAccounts } from './bank-accounts.ts';
import { findEmails } from './emails.ts';
import { readerText } from './reader-text.ts';
import { originalOffset } from './traced-text.ts';

export type PrivateDetailKind = 'phone' | 'citizen-id' | 'email' | 'bank-account';

export interface PrivateDetail {
  kind: PrivateDetailKind;
  /** The detail as a reader sees it (entities decoded, spaces and digits made plain). */
  text: string;
  /** Offset in the scanned text as written, where the detail starts. */
  index: number;
}

export const PRIVATE_DETAIL_LABELS: Record<PrivateDetailKind, string> = {
  phone: 'số điện thoại',
  'citizen-id': 'số căn cước công dân / chứng minh nhân dân',
  email: 'địa chỉ e-mail cá nhân',
  'bank-account': 'số tài khoản ngân hàng',
};

/**
 * Finds phone numbers, citizen ID numbers, bank account numbers and personal e-mail addresses in free text, as a
 * reader would read them: the text is first normalised (see `readerText`), so entities,
 * percent-encoding, unusual spaces and dashes and full-width digits hide nothing. Each
 * detail's `index` points into the text as written.
 */
export function findPrivateDetails(source: string): PrivateDetail[] {
  const reader = readerText(source);
  const accounts = findBankAccounts(reader.text);
  // A number read as an account is not reported again as a phone or an ID.
  const inAccount = (d: { index: number }) => accounts.some((a) => d.index >= a.index && d.index < a.index + a.text.length);
  const numbers = [...findNumbers(zeroForLetterO(reader.text)), ...findSpelledNumbers(reader.text)].filter((d) => !inAccount(d));
  return [...numbers, ...accounts, ...findEmails(reader.text)]
    .map((d) => ({ ...d, index: originalOffset(reader, d.index) }))
    .sort((a, b) => a.index - b.index);
}

/** Shows only the first and last digits, so an error message does not repeat the detail. */
export function maskDetail(value: string): string {
  if (value.length <= 4) return '****';
  return `${value.slice(0, 2)}…${value.slice(-2)}`;
}

// ---------------------------------------------------------------------------------------
// Numbers
//
// A run is digits in groups joined by one separator a reader skips over: spaces (three at
// most: a browser shows one), a dot, a slash or a comma, a dash or two with or without spaces
// around ("0912 - 345 - 678", "0912--345"), the brackets of "(0205) 3870 123" and
// "(+84) 912…", or a single line break, which a paragraph shows as a space. A run may hold
// several numbers ("2023 0912 345 678", "0912345678-0987654321"), so its groups are tried
// from each group on, longest first. Digits spelled out as words ("không chín một hai…") are
// read too.

const JOIN = String.raw`(?: {1,3}|[./,]| ?-{1,2} ?|\) ?| ?\(| *\r?\n *)`;
const RUN = new RegExp(String.raw`(?:\+ ?|\(\+?)?\d+(?:${JOIN}\d+)*`, 'g');
const SEPARATOR = new RegExp(String.raw`${JOIN}(?=\d)`, 'y');

/** Words that name an identity document, without diacritics (see `fold`). */
const ID_WORDS = /(?<![a-z])(?:cmnd|cmtnd|cccd|cmt|can cuoc|chung minh|dinh danh|so the|ho chieu)(?![a-z])/;
/** After the number, what only an identity card has: "cấp ngày…", "do Công an… cấp". */
const ID_AFTER = /^[^\d\n]{0,12}(?:cap ngay|ngay cap|noi cap|cap tai|do cong an)/;
/** Words that announce a phone number, as written (after lower-casing). */
const PHONE_WORDS =
  /(?<!\p{L})(?:s?đt|sdt|đtdđ|điện thoại|dien thoai|di động|di dong|gọi|liên hệ|lien he|liên lạc|zalo|hotline|số máy|tel|phone|nhắn tin|sms|viber|fax)(?!\p{L})/u;
/** A unit after a number makes it an amount or a count: "350.000.000 đ", "1.200 hộ". */
const UNIT_AFTER =
  /^ ?(?:%|\$|(?:d|dong|vnd|trieu|ty|nghin|ngan|usd|eur|m|m2|m3|km|km2|ha|kg|tan|ta|yen|lit|ho|nguoi|khau|con|cay|luot|phan tram|suat|xuat|ngay|thang|nam|lan|cuon|bo|chiec)(?![a-z0-9]))/;

/** Lower case without diacritics, "đ" as "d": the form ID words and units are matched in. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator before this group ("" for the first). */
  separator: string;
}

interface Candidate {
  kind: PrivateDetailKind;
  text: string;
  index: number;
}

function findNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(RUN)) {
    const groups = splitRun(match.index, match[0]);
    for (let first = 0; first < groups.length;) {
      let reported = -1;
      // Longest first; a phone number has at most 15 digits, 17 with a 00 before it.
      let digits = 0;
      let last = first;
      while (last + 1 < groups.length && digits + groups[last]!.digits.length + groups[last + 1]!.digits.length <= 17) {
        digits += groups[last]!.digits.length;
        last++;
      }
      for (let end = last; end >= first; end--) {
        const part = groups.slice(first, end + 1);
        const kind = classify(text, part, {
          plus: first === 0 && /^\(?\+/.test(match[0]),
          whole: first === 0 && end === groups.length - 1,
        });
        if (kind === null) continue;
        const start = first === 0 ? match.index : part[0]!.start;
        found.push({ kind, text: text.slice(start, part.at(-1)!.end), index: start });
        reported = end;
        break;
      }
      first = reported >= 0 ? reported + 1 : first + 1;
    }
  }
  return found;
}

/**
 * A letter O standing for a zero ("O912 345 678", "09O2…"): one that starts or ends a run of
 * digits and is not part of a word ("Cho 350.000.000" keeps its o). Same length, same offsets.
 */
function zeroForLetterO(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])[oO](?=\d)|(?<=\d)[oO](?![\p{L}])|(?<=\d)[oO](?=\d)/gu, '0');
}

const DIGIT_WORDS: Record<string, string> = {
  không: '0',
  một: '1',
  hai: '2',
  ba: '3',
  bốn: '4',
  tư: '4',
  năm: '5',
  lăm: '5',
  sáu: '6',
  bảy: '7',
  bẩy: '7',
  tám: '8',
  chín: '9',
};
const SPELLED_RUN = new RegExp(
  `(?<!\\p{L})(?:${Object.keys(DIGIT_WORDS).join('|')})(?:[ ,.-]+(?:${Object.keys(DIGIT_WORDS).join('|')})){8,14}(?!\\p{L})`,
  'giu',
);

/** Nine to fifteen digits written as words, read as the number they spell. */
function findSpelledNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SPELLED_RUN)) {
    const digits = match[0]
      .toLowerCase()
      .split(/[ ,.-]+/)
      .map((word) => DIGIT_WORDS[word])
      .join('');
    // Classified as if the digits were written in place of the words, with the same context.
    const end = match.index + digits.length;
    const asDigits = text.slice(0, match.index) + digits + text.slice(match.index + match[0].length);
    const kind = classify(asDigits, [{ digits, start: match.index, end, separator: '' }], { plus: false, whole: true });
    if (kind) found.push({ kind, text: match[0], index: match.index });
  }
  return found;
}

const DIGITS = /\d+/y;

function splitRun(index: number, run: string): Group[] {
  const groups: Group[] = [];
  let at = run.search(/\d/);
  let separator = '';
  while (at < run.length) {
    DIGITS.lastIndex = at;
    const digits = DIGITS.exec(run)![0];
    groups.push({ digits, start: index + at, end: index + at + digits.length, separator });
    at += digits.length;
    SEPARATOR.lastIndex = at;
    const sep = SEPARATOR.exec(run);
    if (!sep) break;
    separator = sep[0];
    at += sep[0].length;
  }
  return groups;
}

function isValid(number: string, region?: 'VN'): boolean {
  return parsePhoneNumberFromString(number, region)?.isValid() ?? false;
}

/**
 * What a run of digit groups is, as a reader would take it: a phone number, an identity
 * number, or nothing private (an amount, a count, a date, a year, a document number).
 */
function classify(text: string, groups: Group[], run: { plus: boolean; whole: boolean }): PrivateDetailKind | null {
  const digits = groups.map((g) => g.digits).join('');
  const n = digits.length;
  // Lengths no rule below takes, rejected before any context is read.
  const international = run.plus || digits.startsWith('00');
  if (n < 9 || n > (international ? 17 : 12) || (n === 11 && !international && !/^0|^84/.test(digits))) return null;
  const start = groups[0]!.start;
  const end = groups.at(-1)!.end;
  // Glued to a word, the digits are part of a code or a unit ("350.000.000đ", "IMG_0912…"),
  // unless a word before them names the number ("SĐT:0912…" is not glued; "CCCD020…" is).
  if (/^[\p{L}\p{N}_@]/u.test(text.charAt(end))) return null;
  if (run.plus) return isValid(`+${digits}`) ? 'phone' : null;
  // 00 is the international prefix dialled from Vietnam: "0084 912 345 678".
  if (digits.startsWith('00') && isValid(`+${digits.slice(2)}`)) return 'phone';
  const before = contextBefore(text, start);
  const after = fold(text.slice(end, end + 40));
  const idWord = ID_WORDS.test(fold(before)) || ID_AFTER.test(after);
  const phoneWord = PHONE_WORDS.test(before.toLowerCase());
  if (/[\p{L}\p{N}_@]/u.test(text.charAt(start - 1)) && !idWord && !phoneWord) return null;

  if (idWord && (n === 9 || n === 12)) return 'citizen-id';
  if (digits.startsWith('0')) {
    // A citizen ID (CCCD) starts with its province code, 001 to 096.
    if (n === 12) return 'citizen-id';
    if ((n === 10 || n === 11) && (phoneWord || isValid(digits, 'VN'))) return 'phone';
    return null;
  }
  // From here on the number starts with 1–9: an amount, a count, a year, or a phone number
  // written with its country code but no "+", or without its leading 0.
  if (isAmount(groups, after) && !phoneWord) return null;
  if (n === 12 && groups.length === 1) return isValid(`+${digits}`) ? 'phone' : 'citizen-id';
  if (digits.startsWith('84') && (n === 11 || n === 12) && isValid(`+${digits}`)) return 'phone';
  if ((n === 9 || n === 10) && phoneWord && isValid(`0${digits}`, 'VN')) return 'phone';
  // Nine digits after a mobile prefix (03, 05, 07, 08, 09 without the 0) read as a mobile
  // number only when they stand alone, not as the tail of a longer run.
  if (n === 9 && run.whole && /^[35789]/.test(digits) && parsePhoneNumberFromString(`0${digits}`, 'VN')?.getType() === 'MOBILE') {
    return 'phone';
  }
  return null;
}

/** The same line's text before `start`, back to the nearest digit, at most 40 characters. */
function contextBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 40), start);
  const cut = Math.max(window.lastIndexOf('\n'), window.search(/\d[^\d]*$/));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/**
 * Amounts and counts: followed by a unit, or written with dots between groups of thousands
 * ("350.000.000"), or ending in four zeros. A phone number is rarely any of these.
 */
function isAmount(groups: Group[], after: string): boolean {
  // `after` is folded (see `fold`).
  if (UNIT_AFTER.test(after)) return true;
  const digits = groups.map((g) => g.digits).join('');
  if (digits.endsWith('0000')) return true;
  const [head, ...tail] = groups;
  const separator = tail[0]?.separator;
  return separator === '.' && head!.digits.length <= 3 && tail.every((g) => g.digits.length === 3 && g.separator === separator);
}
