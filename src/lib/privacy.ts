import { findNumbers } from 'libphonenumber-js/max';

export type PrivateDetailKind = 'phone' | 'citizen-id' | 'email';

export interface PrivateDetail {
  kind: PrivateDetailKind;
  text: string;
  /** Offset in the scanned text. */
  index: number;
}

export const PRIVATE_DETAIL_LABELS: Record<PrivateDetailKind, string> = {
  phone: 'số điện thoại',
  'citizen-id': 'số căn cước công dân / chứng minh nhân dân',
  email: 'địa chỉ e-mail cá nhân',
};

/** Official mailboxes may be published; anything else is treated as personal. */
const OFFICIAL_EMAIL = /@([a-z0-9-]+\.)*gov\.vn$/i;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** CCCD numbers have 12 digits; old CMND numbers 9, flagged only next to words that name them. */
const TWELVE_DIGITS = /(?<![\d.,/-])\d{12}(?![\d.,/-]?\d)/g;
const NINE_DIGITS_WITH_CONTEXT = /(CMND|CCCD|căn cước|chứng minh|định danh|số thẻ)[^\d\n]{0,30}(\d{9}|\d{12})(?!\d)/giu;

/**
 * Finds phone numbers, citizen ID numbers and personal e-mail addresses in free text.
 * Phone numbers come from libphonenumber-js (Vietnam as the default region); a match
 * must start as a phone number is written (0… or +…), so amounts such as
 * "350.000.000 đồng", years and decision numbers are not flagged.
 */
export function findPrivateDetails(text: string): PrivateDetail[] {
  const found: PrivateDetail[] = [];
  for (const match of findNumbers(text, { defaultCountry: 'VN', v2: true })) {
    const raw = text.slice(match.startsAt, match.endsAt);
    if (!/^[(]?(\+|0)/.test(raw)) continue;
    found.push({ kind: 'phone', text: raw, index: match.startsAt });
  }
  // The address pattern is slow on long text without any address (a fifth of npm run check).
  for (const match of text.includes('@') ? text.matchAll(EMAIL) : []) {
    if (OFFICIAL_EMAIL.test(match[0])) continue;
    found.push({ kind: 'email', text: match[0], index: match.index });
  }
  const ids = new Set<number>();
  for (const match of text.matchAll(TWELVE_DIGITS)) {
    ids.add(match.index);
    found.push({ kind: 'citizen-id', text: match[0], index: match.index });
  }
  for (const match of text.matchAll(NINE_DIGITS_WITH_CONTEXT)) {
    const digits = match[2] ?? '';
    const index = match.index + match[0].lastIndexOf(digits);
    if (ids.has(index)) continue;
    found.push({ kind: 'citizen-id', text: digits, index });
  }
  // A 12-digit run may also parse as a phone number; report it once, as an ID.
  return found
    .filter((d) => !(d.kind === 'phone' && [...ids].some((i) => i >= d.index && i < d.index + d.text.length)))
    .sort((a, b) => a.index - b.index);
}

/** Shows only the first and last digits, so an error message does not repeat the detail. */
export function maskDetail(value: string): string {
  if (value.length <= 4) return '****';
  return `${value.slice(0, 2)}…${value.slice(-2)}`;
}
