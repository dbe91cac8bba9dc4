import { z } from 'astro/zod';
import { HINTS, hinted } from './hints.ts';
import { calendarDate, oneOf, text } from './common.ts';
import { SENSITIVE_TOPICS } from './vocabulary.ts';

/** Age under which a child's data needs a legal representative's consent (Law 91/2025/QH15). */
export const CHILD_AGE = 16;
/** From this age the child must agree as well as the representative. */
export const CHILD_OWN_CONSENT_AGE = 7;

export const guardianSchema = z.strictObject({
  name: text('họ tên người đại diện theo pháp luật (guardian.name)'),
  relation: text('quan hệ với trẻ (guardian.relation), ví dụ "mẹ"'),
  date: calendarDate.describe('Ngày người đại diện đồng ý'),
});

export const minorSchema = z.strictObject({
  age: z
    .number({ error: 'minor.age phải là số tuổi của trẻ khi đồng ý, ví dụ 14.' })
    .int()
    .min(0)
    .max(CHILD_AGE - 1, { error: `minor chỉ dùng cho trẻ dưới ${CHILD_AGE} tuổi; người từ ${CHILD_AGE} tuổi tự đồng ý.` }),
  guardian: guardianSchema.optional(),
  childAgreed: z.boolean().default(false).describe('Trẻ từ 7 tuổi trở lên đã tự đồng ý'),
});

export const withdrawalSchema = z.strictObject({
  date: calendarDate.describe('Ngày rút lại sự đồng ý'),
  note: z.string().optional(),
});

export const consentSchema = z
  .strictObject({
    givenBy: text('họ tên người đồng ý công bố (consent.givenBy)'),
    date: calendarDate.describe('Ngày đồng ý'),
    recordedBy: text('người hoặc đơn vị ghi nhận sự đồng ý (consent.recordedBy)'),
    method: z.string().optional().describe('Hình thức: phiếu đồng ý có chữ ký, biên bản…'),
    sensitive: z
      .array(oneOf(SENSITIVE_TOPICS, 'Thông tin nhạy cảm'))
      .default([])
      .describe('Thông tin nhạy cảm mà người này đồng ý rõ ràng cho công bố'),
    minor: minorSchema.optional().describe('Bắt buộc khi người này dưới 16 tuổi: cha, mẹ hoặc người giám hộ đồng ý'),
    withdrawn: withdrawalSchema
      .optional()
      .describe('Điền khi người này rút lại sự đồng ý: mọi bài nêu tên người này bị giữ lại, không đăng ở đâu nữa'),
  })
  .superRefine((consent, ctx) => {
    const minor = consent.minor;
    if (!minor) return;
    if (!minor.guardian) {
      ctx.addIssue({
        code: 'custom',
        path: ['minor', 'guardian'],
        message: `Trẻ ${minor.age} tuổi: cần sự đồng ý của cha, mẹ hoặc người giám hộ (minor.guardian: name, relation, date).`,
        params: hinted(HINTS.consent),
      });
    }
    if (minor.age >= CHILD_OWN_CONSENT_AGE && !minor.childAgreed) {
      ctx.addIssue({
        code: 'custom',
        path: ['minor', 'childAgreed'],
        message: `Trẻ từ ${CHILD_OWN_CONSENT_AGE} tuổi trở lên phải tự đồng ý: ghi minor.childAgreed: true sau khi đã hỏi ý kiến trẻ.`,
        params: hinted(HINTS.consent),
      });
    }
  });

export type Consent = z.output<typeof consentSchema>;
export type ConsentInput = z.input<typeof consentSchema>;

/** What a story tells that the law treats as sensitive; every person it is about must have agreed to it. */
export const storySensitive = z
  .array(oneOf(SENSITIVE_TOPICS, 'Thông tin nhạy cảm (sensitive)'))
  .default([])
  .describe('Bài có nói tới sức khỏe, hộ nghèo hay hoàn cảnh gia đình của người thật');

/** What a story's `people` list is, for both editors. */
export const PEOPLE_FIELD =
  'Mọi người có tên trong bài, mỗi người một hồ sơ có sự đồng ý (chưa có thì tạo hồ sơ trước). Ai rút lại sự đồng ý thì bài nêu tên người đó không được đăng.';
