import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text } from './common.ts';
import { PEOPLE_FIELD, storySensitive } from './consent.ts';
import type { SchemaTools } from './tools.ts';
import { SCRIPT_STATUSES } from './vocabulary.ts';

/** A loudspeaker script read on the commune radio; only approved ones are published. */
export function scriptSchema<Ref extends z.ZodType>({ ref }: Pick<SchemaTools<Ref>, 'ref'>) {
  return z
    .strictObject({
      title: text('tiêu đề kịch bản (title)'),
      status: oneOf(SCRIPT_STATUSES, 'Trạng thái (status)'),
      airDates: z.array(calendarDate).min(1, { error: 'Cần ít nhất một ngày phát (airDates).' }),
      exemplars: z.array(ref('exemplars')).default([]),
      practices: z.array(ref('practices')).default([]),
      people: z.array(ref('people')).default([]).describe(PEOPLE_FIELD),
      preparedBy: ref('units').optional().describe('Đơn vị biên soạn'),
      pronunciations: z
        .array(
          z.strictObject({
            term: text('từ cần lưu ý (pronunciations.term)'),
            say: text('cách đọc (pronunciations.say)'),
          }),
        )
        .default([]),
      summary: z.string().trim().optional(),
      sensitive: storySensitive,
      sample: sampleFlag,
    })
    .refine((s) => s.exemplars.length + s.practices.length > 0, {
      path: ['exemplars'],
      error: 'Kịch bản phải gắn với ít nhất một điển hình (exemplars) hoặc cách làm hay (practices).',
    });
}

export type ScriptSchema = ReturnType<typeof scriptSchema>;
