import { z } from 'astro/zod';
import { oneOf, sampleFlag, text } from './common.ts';
import { MOVEMENT_TYPES } from './vocabulary.ts';

/**
 * An emulation movement or campaign, kept from year to year: its name and criteria. What a
 * year's plan asks of it (lead units, minimum, the plan's sentence) is in that plan's
 * `movements` list (src/schemas/plan.ts), so one movement has one page across the years.
 */
export const movementSchema = z.strictObject({
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
  summary: text('giới thiệu ngắn (summary)'),
  sample: sampleFlag,
});

export type Movement = z.output<typeof movementSchema>;
