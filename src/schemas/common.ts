import { z } from 'astro/zod';
import { HINTS, hinted } from './hints.ts';

/** A slug as used in URLs and file names: Vietnamese without diacritics, đ written d. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, {
  error: 'Mã phải viết thường, không dấu, nối bằng gạch ngang (đ viết là d), ví dụ: "thon-vi-du".',
});

/** Non-empty text after trimming, with a Vietnamese message naming what is missing. */
export const text = (what: string) =>
  z
    .string({ error: `Thiếu ${what}.` })
    .trim()
    .min(1, { error: `${what} không được để trống.` });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d is a day that exists on the calendar (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A calendar date written YYYY-MM-DD. YAML parsers roll 2023-02-30 over to 2 March,
 * so the content checker reads the raw text and this schema rejects impossible days.
 */
export const calendarDate = z
  .union([z.date(), z.string()], {
    error: 'Ngày phải viết dạng NNNN-TT-NN, ví dụ 2023-12-20.',
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ. Viết dạng NNNN-TT-NN, ví dụ 2023-12-20.', params: hinted(HINTS.date) });
        return z.NEVER;
      }
      return value;
    }
    const match = ISO_DATE.exec(value.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải ngày hợp lệ. Viết dạng NNNN-TT-NN, ví dụ 2023-12-20.`,
        params: hinted(HINTS.date),
      });
      return z.NEVER;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isRealDate(year, month, day)) {
      ctx.addIssue({
        code: 'custom',
        message: `Ngày ${value} không có thật trên lịch. Kiểm tra lại ngày và tháng.`,
        params: hinted(HINTS.date),
      });
      return z.NEVER;
    }
    return new Date(Date.UTC(year, month - 1, day));
  });

export const year = z
  .number({ error: 'Năm phải là một số, ví dụ 2023.' })
  .int()
  .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
  .max(2100, { error: 'Năm không hợp lệ.' });

export const sampleFlag = z
  .boolean({ error: 'sample phải là true (bài mẫu minh họa) hoặc false (nội dung thật).' })
  .default(false)
  .describe('true nếu đây là nội dung mẫu minh họa, không phải người thật việc thật');

/** Builds a Vietnamese error for an enum field that lists the valid values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Thiếu ${what}. Các giá trị hợp lệ: ${values.join(', ')}.`
        : `${what} "${String(issue.input)}" không hợp lệ. Các giá trị hợp lệ: ${values.join(', ')}.`,
  });
}
