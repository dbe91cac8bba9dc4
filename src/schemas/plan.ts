import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text, year } from './common.ts';
import type { SchemaTools } from './tools.ts';
import { STAGES } from './vocabulary.ts';

/**
 * What a year's plan asks of one movement: who leads it, the minimum number of exemplars, and the
 * plan's own sentence. A movement (content/movements/) lasts from year to year; its targets
 * belong to each year's plan, so next year's plan is one file (`npm run new -- plan 2024`).
 */
function targetSchema<Ref extends z.ZodType>(ref: SchemaTools<Ref>['ref']) {
  return z.strictObject({
    movement: ref('movements'),
    leadUnits: z.array(ref('units')).min(1, { error: 'Cần ít nhất một đơn vị chủ trì (leadUnits).' }),
    leadUnitsNote: z.string().trim().optional().describe('Cách kế hoạch gọi các đơn vị, ví dụ "mỗi Trường học trên địa bàn"'),
    minimum: z.strictObject({
      count: z.number({ error: 'minimum.count phải là số điển hình tối thiểu, ví dụ 2.' }).int().min(1),
      perUnit: z.boolean().default(false).describe('true khi kế hoạch giao chỉ tiêu cho mỗi đơn vị chủ trì (ví dụ "mỗi Trường học")'),
      of: z.string().trim().default('điển hình tiên tiến').describe('Điển hình gì, theo lời kế hoạch'),
    }),
    assignment: text('câu giao nhiệm vụ trích nguyên văn từ kế hoạch (assignment)'),
  });
}

/** A year's plan, such as the commune's 2023 plan; each year's plan is another file. */
export function planSchema<Ref extends z.ZodType>({ ref }: Pick<SchemaTools<Ref>, 'ref'>) {
  return z.strictObject({
    title: text('tên kế hoạch (title)'),
    shortTitle: text('tên ngắn (shortTitle)'),
    year,
    issuer: text('cơ quan ban hành (issuer)'),
    number: z.string().trim().min(1).optional().describe('Số, ký hiệu của kế hoạch, nếu văn bản ghi, ví dụ "45/KH-UBND"'),
    issuedAt: calendarDate.optional().describe('Ngày ban hành, nếu văn bản ghi'),
    basis: z
      .array(
        z.strictObject({
          document: text('số văn bản căn cứ (basis.document)'),
          date: calendarDate.optional().describe('Ngày ban hành văn bản căn cứ'),
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
    movements: z
      .array(targetSchema(ref))
      .min(1, { error: 'Kế hoạch cần ít nhất một phong trào (movements), mỗi mục một phong trào với chỉ tiêu của năm.' })
      .superRefine((targets, ctx) => {
        const seen = new Set<string>();
        // A reference is an id in the checker and { id, collection } in Astro.
        (targets as { movement: unknown }[]).forEach(({ movement }, index) => {
          const key = typeof movement === 'string' ? movement : (movement as { id?: string } | undefined)?.id;
          if (!key) return;
          if (seen.has(key)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'movement'],
              message: `Phong trào "${key}" có hai lần trong kế hoạch: mỗi phong trào chỉ ghi một lần.`,
            });
          }
          seen.add(key);
        });
      })
      .describe('Các phong trào của kế hoạch năm này, theo thứ tự trong văn bản, với chỉ tiêu của năm'),
    sample: sampleFlag,
  });
}

export type PlanTarget = z.output<ReturnType<typeof targetSchema>>;

export type PlanSchema = ReturnType<typeof planSchema>;
