/**
 * Vietnamese messages for what zod finds, passed to each parse (as Starlight's
 * utils/error-map.ts does) rather than set for the whole process: a missing field, a value of
 * the wrong kind said plainly, an unknown field; everything else in zod's own Vietnamese. A
 * schema's own message (`error:` on a field) still comes first.
 */
import { z } from 'astro/zod';

const zodVietnamese = z.locales.vi().localeError;

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'một con số',
  int: 'một số nguyên',
  string: 'chữ',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường con',
  date: 'một ngày',
};

/** A value as an editor sees it in the file, in a few words. */
export function describeValue(value: unknown): string {
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chữ "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'một nhóm trường con';
  return typeof value;
}

export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? 'Thiếu trường bắt buộc.'
      : `Phải là ${EXPECTED[issue.expected] ?? issue.expected}, đang là ${describeValue(issue.input)}.`;
  }
  if (issue.code === 'unrecognized_keys') return `Trường ${issue.keys.map((key) => `"${key}"`).join(', ')} không có trong mẫu.`;
  return zodVietnamese(issue);
};

/** How the checker and site.yaml's loader parse: Vietnamese messages, and the input kept on each issue. */
export const PARSE_OPTIONS = { error: vietnameseErrors, reportInput: true } as const;
