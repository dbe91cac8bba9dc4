import { z } from 'astro/zod';
import { calendarDate, text } from './common.ts';

/** A form of honour: Giấy khen, Bằng khen… with who gave it and by which decision. */
export const recognitionSchema = z.strictObject({
  form: text('hình thức khen thưởng (form), ví dụ "Giấy khen"'),
  issuer: text('cấp khen thưởng (issuer), ví dụ "Chủ tịch UBND xã"'),
  decision: z.string().trim().optional().describe('Số quyết định, ví dụ "Quyết định số 45/QĐ-UBND"'),
  date: calendarDate.describe('Ngày quyết định'),
});

export type Recognition = z.output<typeof recognitionSchema>;
