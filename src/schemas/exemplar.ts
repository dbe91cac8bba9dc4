import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text, year } from './common.ts';
import { consentSchema } from './consent.ts';
import { coverSchema } from './cover.ts';
import { recognitionSchema } from './recognition.ts';
import type { SchemaTools } from './tools.ts';
import {
  EXEMPLAR_KINDS,
  PERSON_KINDS,
  SENSITIVE_TOPIC_LABELS,
  SENSITIVE_TOPICS,
  STAGES,
  type ExemplarKind,
} from './vocabulary.ts';

/** An exemplar's story: a collective, a person or a household held up as an example. */
export function exemplarSchema<Ref extends z.ZodType, Img extends z.ZodType>(tools: SchemaTools<Ref, Img>) {
  const { ref } = tools;
  return z
    .strictObject({
      title: text('tiêu đề bài (title)'),
      name: text('tên tập thể hoặc người được nêu gương (name)'),
      kind: oneOf(EXEMPLAR_KINDS, 'Loại điển hình (kind)'),
      movement: ref('movements'),
      unit: ref('units').describe('Đơn vị đề xuất, xây dựng điển hình'),
      village: ref('villages').optional(),
      year: year.describe('Năm được ghi nhận'),
      stage: oneOf(STAGES, 'Giai đoạn (stage)'),
      recognitions: z.array(recognitionSchema).default([]),
      summary: text('tóm tắt (summary)').pipe(
        z.string().max(400, { error: 'Tóm tắt (summary) nên dưới 400 ký tự: hai, ba câu.' }),
      ),
      cover: coverSchema(tools),
      publishedAt: calendarDate.describe('Ngày đăng'),
      featured: z.boolean().default(false).describe('Nêu trên trang chủ'),
      sensitive: z
        .array(oneOf(SENSITIVE_TOPICS, 'Thông tin nhạy cảm (sensitive)'))
        .default([])
        .describe('Bài có nói tới sức khỏe, hộ nghèo hay hoàn cảnh gia đình của người thật'),
      consent: consentSchema.optional(),
      sample: sampleFlag,
    })
    .superRefine((entry, ctx) => {
      const isPerson = PERSON_KINDS.includes(entry.kind as ExemplarKind);
      if (isPerson && !entry.consent) {
        ctx.addIssue({
          code: 'custom',
          path: ['consent'],
          message:
            'Bài về cá nhân hoặc hộ gia đình phải có sự đồng ý công bố (consent: givenBy, date, recordedBy). Chưa có đồng ý thì chưa đăng.',
        });
      }
      const agreed = new Set(entry.consent?.sensitive ?? []);
      for (const topic of entry.sensitive) {
        if (!isPerson) continue;
        if (!agreed.has(topic)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sensitive'],
            message: `Bài nói tới ${SENSITIVE_TOPIC_LABELS[topic]}: người này phải đồng ý rõ ràng, ghi "${topic}" trong consent.sensitive.`,
          });
        }
      }
    });
}

export type ExemplarSchema = ReturnType<typeof exemplarSchema>;
