import { z } from 'astro/zod';
import { calendarDate, sampleFlag, text } from './common.ts';
import { PEOPLE_FIELD, storySensitive } from './consent.ts';
import { coverSchema } from './cover.ts';
import { oncePerRef, type SchemaTools } from './tools.ts';

/** A result in numbers: "Thu nhập 320 triệu đồng/năm". */
export const practiceResultSchema = z.strictObject({
  label: text('nội dung kết quả (results.label)'),
  value: z.number({ error: 'results.value phải là một con số, ví dụ 320.' }),
  unit: z.string().trim().default('').describe('Đơn vị tính, ví dụ "triệu đồng/năm"'),
});

/** The fields around the cover, built once per `ref`; the cover's image() differs per entry. */
const practiceFields = oncePerRef(<Ref extends z.ZodType>(ref: SchemaTools<Ref>['ref']) => {
  return {
    before: {
      title: text('tên cách làm (title)'),
      exemplars: z.array(ref('exemplars')).min(1, { error: 'Cách làm hay phải gắn với ít nhất một điển hình (exemplars).' }),
      people: z.array(ref('people')).default([]).describe(PEOPLE_FIELD),
      summary: text('tóm tắt (summary)'),
      problem: text('vấn đề cần giải quyết (problem)'),
      steps: z.array(z.string().trim().min(1)).min(1, { error: 'Cần ít nhất một bước làm (steps).' }),
      results: z.array(practiceResultSchema).min(1, { error: 'Cần ít nhất một kết quả bằng con số (results).' }),
      conditions: z.array(z.string().trim().min(1)).default([]).describe('Điều kiện để áp dụng ở nơi khác'),
      resources: z.array(z.string().trim().min(1)).default([]).describe('Nguồn lực cần có'),
      replications: z
        .array(
          z.strictObject({
            place: text('nơi nhân rộng (replications.place)'),
            village: ref('villages').optional(),
            date: calendarDate,
            result: text('kết quả nhân rộng (replications.result)'),
          }),
        )
        .default([]),
    },
    after: {
      publishedAt: calendarDate,
      sensitive: storySensitive,
      sample: sampleFlag,
    },
  };
});

/** A written-down good practice (kinh nghiệm, cách làm hay) that others can copy. */
export function practiceSchema<Ref extends z.ZodType, Img extends z.ZodType>(tools: SchemaTools<Ref, Img>) {
  const fields = practiceFields(tools.ref);
  return z.strictObject({ ...fields.before, cover: coverSchema(tools).optional(), ...fields.after });
}

export type PracticeSchema = ReturnType<typeof practiceSchema>;
