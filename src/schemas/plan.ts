import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text, year } from './common.ts';
import type { SchemaTools } from './tools.ts';
import { STAGES } from './vocabulary.ts';

/** A plan such as the commune's 2023 plan; a later year's plan is another entry. */
export function planSchema<Ref extends z.ZodType>({ ref }: Pick<SchemaTools<Ref>, 'ref'>) {
  return z.strictObject({
    title: text('tên kế hoạch (title)'),
    shortTitle: text('tên ngắn (shortTitle)'),
    year,
    issuer: text('cơ quan ban hành (issuer)'),
    issuedAt: calendarDate.optional().describe('Ngày ban hành, nếu văn bản ghi'),
    basis: z
      .array(
        z.strictObject({
          document: text('số văn bản căn cứ (basis.document)'),
          date: calendarDate,
          issuer: text('cơ quan ban hành văn bản căn cứ (basis.issuer)'),
          title: text('trích yếu văn bản căn cứ (basis.title)'),
        }),
      )
      .min(1, { error: 'Kế hoạch cần ít nhất một văn bản căn cứ (basis).' }),
    summary: text('tóm tắt hai câu (summary)'),
    purposes: z.array(z.string().trim().min(1)).min(1),
    requirements: z.array(z.string().trim().min(1)).min(1),
    target: text('đối tượng (target)'),
    generalCriteria: text('tiêu chí chung (generalCriteria)'),
    methods: z
      .array(
        z.strictObject({
          stage: oneOf(STAGES, 'Bước trong chu trình (methods.stage)'),
          title: text('tên bước (methods.title)'),
          text: text('nội dung bước (methods.text)'),
        }),
      )
      .min(1),
    timeline: z
      .array(
        z.strictObject({
          title: text('mốc thời gian (timeline.title)'),
          when: text('thời điểm (timeline.when)'),
          text: text('nội dung (timeline.text)'),
        }),
      )
      .min(1),
    duties: z
      .array(
        z.strictObject({
          units: z.array(ref('units')).min(1),
          text: text('nhiệm vụ (duties.text)'),
        }),
      )
      .min(1),
    recipients: z.array(z.string().trim().min(1)).default([]),
    sample: sampleFlag,
  });
}

export type PlanSchema = ReturnType<typeof planSchema>;
