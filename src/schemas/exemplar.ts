import { z } from 'astro/zod';
import { calendarDate, oneOf, sampleFlag, text, year } from './common.ts';
import { consentSchema } from './consent.ts';
import { coverSchema } from './cover.ts';
import { recognitionSchema } from './recognition.ts';
import type { SchemaTools } from './tools.ts';
import { visitsSchema } from './visit.ts';
import {
  EXEMPLAR_KINDS,
  PERSON_KINDS,
  SENSITIVE_TOPIC_LABELS,
  SENSITIVE_TOPICS,
  STAGES,
  type ExemplarKind,
  type SensitiveTopic,
} from './vocabulary.ts';

/** The fields around the cover, built once per `ref`; the cover's image() differs per entry. */
function exemplarFields<Ref extends z.ZodType>(ref: SchemaTools<Ref>['ref']) {
  return {
    before: {
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
    },
    after: {
      publishedAt: calendarDate.describe('Ngày đăng'),
      visits: visitsSchema(ref).optional(),
      featured: z.boolean().default(false).describe('Nêu trên trang chủ'),
      sensitive: z
        .array(oneOf(SENSITIVE_TOPICS, 'Thông tin nhạy cảm (sensitive)'))
        .default([])
        .describe('Bài có nói tới sức khỏe, hộ nghèo hay hoàn cảnh gia đình của người thật'),
      consent: consentSchema.optional(),
      sample: sampleFlag,
    },
  };
}

/** A person or a household must have agreed to be shown, and to each sensitive topic. */
function checkConsent(
  entry: { kind: string; sensitive: readonly SensitiveTopic[]; consent?: { sensitive?: readonly SensitiveTopic[] | undefined } | undefined },
  ctx: z.RefinementCtx,
) {
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
}

// Astro calls a collection's schema function for every entry (src/content.config.ts).
const fieldsByRef = new WeakMap<object, unknown>();

/** An exemplar's story: a collective, a person or a household held up as an example. */
export function exemplarSchema<Ref extends z.ZodType, Img extends z.ZodType>(tools: SchemaTools<Ref, Img>) {
  const fields = (fieldsByRef.get(tools.ref) ?? exemplarFields(tools.ref)) as ReturnType<typeof exemplarFields<Ref>>;
  fieldsByRef.set(tools.ref, fields);
  return z.strictObject({ ...fields.before, cover: coverSchema(tools), ...fields.after }).superRefine(checkConsent);
}

export type ExemplarSchema = ReturnType<typeof exemplarSchema>;
