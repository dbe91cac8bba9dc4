import { z } from 'astro/zod';

/** An abbreviation as written in a script: starts with a capital ("UBND", "TTg", "VietGAP"). */
const SHORT_FORM = /^\p{Lu}[\p{L}\p{N}&]*$/u;
/** A unit as written after a number ("ha", "m2", "đ", "°C"): no space, no digit first. */
const UNIT = /^[^\s\d][^\s]*$/u;

const said = (what: string) =>
  z
    .string({ error: `Cách đọc của ${what} phải là chữ.` })
    .trim()
    .min(1, { error: `Cách đọc của ${what} không được để trống.` });

const table = (key: RegExp, what: string, example: string) =>
  z.record(
    z.string().regex(key, {
      error: (issue) => `${what} "${String(issue.input)}" phải viết liền, không có dấu cách, ví dụ ${example}.`,
    }),
    said(what.toLowerCase()),
  );

/**
 * `content/abbreviations.yaml`: how a text-to-speech loudspeaker says the short forms of the
 * plan and its units. One list, extended by editors; read by src/lib/loudspeaker/speech/ and `npm run check`.
 */
export const abbreviationsSchema = z.strictObject({
  abbreviations: table(SHORT_FORM, 'Chữ viết tắt', '"UBND: Ủy ban nhân dân"')
    .default({})
    .describe('Chữ viết tắt và cách đọc đầy đủ, ví dụ UBND: Ủy ban nhân dân'),
  documents: table(SHORT_FORM, 'Loại văn bản', '"QĐ: quyết định"')
    .default({})
    .describe('Loại văn bản trong số hiệu (212/QĐ-UBND), ví dụ QĐ: quyết định'),
  units: table(UNIT, 'Đơn vị đo', '"ha: héc-ta"')
    .default({})
    .describe('Đơn vị đo viết tắt, đọc ra khi đứng sau một con số, ví dụ ha: héc-ta'),
});

export type Abbreviations = z.output<typeof abbreviationsSchema>;
