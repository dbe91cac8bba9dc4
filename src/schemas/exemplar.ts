import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text, year } from './common.ts';
import { PEOPLE_FIELD, storySensitive } from './consent.ts';
import { coverSchema } from './cover.ts';
import { recognitionSchema } from './recognition.ts';
import { oncePerRef, type SchemaTools } from './tools.ts';
import { visitsSchema } from './visit.ts';
import { EXEMPLAR_KINDS, STAGES } from './vocabulary.ts';

/** The fields around the cover, built once per `ref`; the cover's image() differs per entry. */
const exemplarFields = oncePerRef(<Ref extends z.ZodType>(ref: SchemaTools<Ref>['ref']) => {
  return {
    before: {
      title: text('tiêu đề bài (title)'),
      name: text('tên tập thể hoặc người được nêu gương (name)'),
      kind: oneOf(EXEMPLAR_KINDS, 'Loại điển hình (kind)'),
      people: z.array(ref('people')).default([]).describe(PEOPLE_FIELD),
      movement: ref('movements'),
      unit: ref('units').describe('Đơn vị đề xuất, xây dựng điển hình'),
      village: ref('villages').optional(),
      year: year.describe('Năm được ghi nhận'),
      stage: oneOf(STAGES, 'Giai đoạn (stage)'),
      recognitions: z.array(recognitionSchema).default([]),
      summary: text('tóm tắt (summary)').pipe(z.string().max(400, { error: 'Tóm tắt (summary) nên dưới 400 ký tự: hai, ba câu.' })),
    },
    after: {
      publishedAt: calendarDate.describe('Ngày đăng'),
      visits: visitsSchema(ref).optional(),
      featured: z.boolean().default(false).describe('Nêu trên trang chủ'),
      sensitive: storySensitive,
      sample: sampleFlag,
    },
  };
});

/** An exemplar's story: a collective, a person or a household held up as an example. */
export function exemplarSchema<Ref extends z.ZodType, Img extends z.ZodType>(tools: SchemaTools<Ref, Img>) {
  const fields = exemplarFields(tools.ref);
  return z.strictObject({ ...fields.before, cover: coverSchema(tools), ...fields.after });
}

export type ExemplarSchema = ReturnType<typeof exemplarSchema>;
