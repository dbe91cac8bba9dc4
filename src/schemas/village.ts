import { z } from 'astro/zod';
import { sampleFlag, text } from './common.ts';

/** A village (thôn) of the commune. */
export const villageSchema = z.strictObject({
  name: text('tên thôn (name), ví dụ "Thôn Ví Dụ"'),
  order: z.number().int().default(100),
  description: z.string().trim().optional(),
  sample: sampleFlag,
});

export type Village = z.output<typeof villageSchema>;
