import { z } from 'astro/zod';
import { text } from './common.ts';
import type { SchemaTools } from './tools.ts';

/**
 * An exemplar that welcomes study visits (tham quan, học hỏi kinh nghiệm, as the plan asks):
 * what visitors will see, when in the year, and how a group arranges it, always through a unit
 * (the lead unit's office or another), never a person's phone: the privacy rules refuse phone
 * numbers anywhere in a file, these lines included.
 */
export function visitsSchema<Ref extends z.ZodType>(ref: SchemaTools<Ref>['ref']) {
  return z
    .strictObject({
      see: z
        .array(z.string().trim().min(1))
        .min(1, { error: 'Ghi ít nhất một điều khách sẽ được xem (visits.see).' })
        .describe('Khách đến sẽ được xem, nghe, làm gì: mỗi dòng một điều'),
      season: text('thời gian trong năm đón khách (visits.season), ví dụ "Tháng 3 đến tháng 10"'),
      arrange: text('cách đăng ký tham quan (visits.arrange), ví dụ "Báo trước một tuần qua Hội Nông dân xã"'),
      through: ref('units').describe('Đơn vị sắp xếp các đoàn tham quan (thường là đơn vị chủ trì phong trào)'),
      groupSize: z
        .number({ error: 'visits.groupSize phải là một số, ví dụ 20.' })
        .int()
        .min(1)
        .optional()
        .describe('Số khách nhiều nhất mỗi đoàn'),
    })
    .describe('Điển hình đón đoàn tham quan học tập: xem gì, khi nào, đăng ký qua đơn vị nào');
}
