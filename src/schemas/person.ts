import { z } from 'astro/zod';
import { HINTS, hinted } from './hints.ts';
import { oneOf, sampleFlag, text } from './common.ts';
import { consentSchema } from './consent.ts';
import { AGE_GROUPS } from './vocabulary.ts';

/**
 * A person that stories name (content/people/<id>.yaml): how stories name them, whether
 * they are a child, and their consent, which they may withdraw. Stories list the people they
 * name (`people: [id]`); the checker finds names in every story and holds back any story
 * that still names someone who withdrew (src/lib/content-check/checks/people.ts). The site
 * never loads these files.
 */
export const personSchema = z
  .strictObject({
    name: text('họ tên đầy đủ (name)').describe('Họ tên đầy đủ như bài viết ghi, ví dụ "Nguyễn Thị Mai"'),
    alsoKnownAs: z
      .array(text('tên gọi khác (alsoKnownAs)'))
      .default([])
      .describe('Những cách bài viết gọi người này ngoài họ tên đầy đủ và "chị Mai", "ông Minh", ví dụ "Út Mai"'),
    ageGroup: oneOf(AGE_GROUPS, 'Độ tuổi (ageGroup)').describe('Người này dưới 16 tuổi hay từ 16 tuổi trở lên? Bắt buộc trả lời.'),
    adultCheckedBy: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Chỉ khi bài gọi người này là "em", "học sinh"… mà người này đã từ 16 tuổi: ai đã xem giấy tờ và xác nhận'),
    public: z.string().trim().min(1).optional().describe('Chỉ cho tên công khai không cần đồng ý (lãnh tụ, danh nhân lịch sử): ghi lý do'),
    consent: consentSchema.optional(),
    sample: sampleFlag,
  })
  .superRefine((person, ctx) => {
    if (person.public !== undefined) {
      if (person.ageGroup === 'duoi-16') {
        ctx.addIssue({
          code: 'custom',
          path: ['public'],
          message: 'Tên trẻ em dưới 16 tuổi không bao giờ là tên công khai: bỏ public, điền consent và consent.minor.',
          params: hinted(HINTS.consent),
        });
      }
      return;
    }
    if (!person.consent) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message:
          'Người được nêu tên trong bài phải có sự đồng ý công bố (consent: givenBy, date, recordedBy). Chưa có đồng ý thì chưa đăng bài nào nêu tên người này.',
        params: hinted(HINTS.consent),
      });
      return;
    }
    if (person.ageGroup === 'duoi-16' && !person.consent.minor) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'minor'],
        message: 'Người này dưới 16 tuổi: cần sự đồng ý của cha, mẹ hoặc người giám hộ (consent.minor: age, guardian, childAgreed).',
        params: hinted(HINTS.consent),
      });
    }
    if (person.ageGroup !== 'duoi-16' && person.consent.minor) {
      ctx.addIssue({
        code: 'custom',
        path: ['ageGroup'],
        message:
          'Có consent.minor (trẻ em) nhưng ageGroup không phải duoi-16: ghi ageGroup: duoi-16, hoặc bỏ consent.minor nếu người này đã từ 16 tuổi.',
        params: hinted(HINTS.consent),
      });
    }
  });

export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;
