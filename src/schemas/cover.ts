import { z } from 'astro/zod';
import type { SchemaTools } from './tools.ts';

/** A picture with the alt text that a screen reader reads instead; both required. */
export function coverSchema<Img extends z.ZodType>({ image }: Pick<SchemaTools<z.ZodType, Img>, 'image'>) {
  return z.strictObject(
    {
      src: image(),
      alt: z
        .string({ error: 'Ảnh thiếu lời mô tả (alt): tả ngắn gọn ảnh cho người không nhìn thấy.' })
        .trim()
        .min(5, { error: 'Lời mô tả ảnh (alt) quá ngắn: tả ảnh có gì, ít nhất vài chữ.' }),
      caption: z.string().trim().optional(),
    },
    { error: 'cover phải có src (đường dẫn ảnh) và alt (lời mô tả ảnh).' },
  );
}
