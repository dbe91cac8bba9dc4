import { z } from 'astro/zod';
import { oneOf, sampleFlag, text } from './common.ts';
import { UNIT_TYPES } from './vocabulary.ts';

/** A body that the plan names: lead units, schools, the Front and mass organisations, offices. */
export const unitSchema = z.strictObject({
  name: text('tên đơn vị (name)'),
  shortName: z.string().trim().optional().describe('Tên ngắn hiển thị trong bảng'),
  type: oneOf(UNIT_TYPES, 'Loại đơn vị (type)'),
  order: z.number().int().default(100).describe('Thứ tự hiển thị'),
  description: z.string().trim().optional(),
  sample: sampleFlag,
});

export type Unit = z.output<typeof unitSchema>;
