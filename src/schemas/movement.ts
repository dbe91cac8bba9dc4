import { z } from 'astro/zod';
import { oneOf, text } from './common.ts';
import type { SchemaTools } from './tools.ts';
import { MOVEMENT_TYPES } from './vocabulary.ts';

/**
 * One of the plan's emulation movements or campaigns: its criteria, who leads it,
 * and the minimum number of exemplars the plan asks for.
 */
export function movementSchema<Ref extends z.ZodType>({ ref }: Pick<SchemaTools<Ref>, 'ref'>) {
  return z
    .strictObject({
      plan: ref('plans'),
      order: z.number({ error: 'order phải là số thứ tự trong kế hoạch, ví dụ 1.' }).int().min(1),
      name: text('tên đầy đủ của phong trào (name), đúng như kế hoạch'),
      shortName: text('tên ngắn (shortName)'),
      type: oneOf(MOVEMENT_TYPES, 'Loại (type)'),
      criteria: z
        .strictObject({
          general: z.string().trim().optional().describe('Tiêu chí chung khi kế hoạch không tách tập thể, cá nhân'),
          collective: z.string().trim().optional().describe('Đối với tập thể'),
          individual: z.string().trim().optional().describe('Đối với cá nhân'),
          household: z.string().trim().optional().describe('Đối với hộ gia đình'),
        })
        .refine((c) => Boolean(c.general || c.collective || c.individual || c.household), {
          error: 'Cần ít nhất một tiêu chí (general, collective, individual hoặc household).',
        }),
      leadUnits: z.array(ref('units')).min(1, { error: 'Cần ít nhất một đơn vị chủ trì (leadUnits).' }),
      leadUnitsNote: z.string().trim().optional().describe('Cách kế hoạch gọi các đơn vị, ví dụ "mỗi Trường học trên địa bàn"'),
      minimum: z.strictObject({
        count: z.number({ error: 'minimum.count phải là số điển hình tối thiểu, ví dụ 2.' }).int().min(1),
        perUnit: z
          .boolean()
          .default(false)
          .describe('true khi kế hoạch giao chỉ tiêu cho mỗi đơn vị chủ trì (ví dụ "mỗi Trường học")'),
        of: z.string().trim().default('điển hình tiên tiến').describe('Điển hình gì, theo lời kế hoạch'),
      }),
      assignment: text('câu giao nhiệm vụ trích nguyên văn từ kế hoạch (assignment)'),
      summary: text('giới thiệu ngắn (summary)'),
    });
}

export type MovementSchema = ReturnType<typeof movementSchema>;
