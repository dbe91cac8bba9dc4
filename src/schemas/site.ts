import { z } from 'astro/zod';
import { text } from './common.ts';

/** An optional line left blank (`district:`) means the field is not used. */
const blank = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/**
 * The commune and its site: `content/site.yaml`. Every page, poster, bulletin, feed, share
 * picture and template reads its names from here, so another commune adopts the site by
 * editing content, not code (as Starlight validates its own configuration with a schema).
 */
export const siteSchema = z.strictObject({
  siteName: text('tên trang (siteName), ví dụ "Gương sáng Ví Dụ"'),
  tagline: text('khẩu hiệu ngắn dưới tên trang (tagline)'),
  description: text('mô tả trang cho công cụ tìm kiếm và mạng xã hội (description)'),
  commune: text('tên đầy đủ của xã (commune), ví dụ "xã Ví Dụ"'),
  province: text('tên tỉnh (province), ví dụ "tỉnh Ví Dụ"'),
  district: z
    .preprocess(blank, z.string().trim().min(1).optional())
    .describe('Đơn vị cấp trên trực tiếp ghi trong văn bản, nếu có (ví dụ một huyện, thành phố trước năm 2025)'),
  authority: z
    .strictObject({
      name: text('tên cơ quan ban hành (authority.name), ví dụ "Ủy ban nhân dân xã Ví Dụ"'),
      shortName: text('tên viết tắt của cơ quan (authority.shortName), ví dụ "UBND xã Ví Dụ"'),
    })
    .describe('Cơ quan chủ quản của trang, ban hành kế hoạch'),
  station: text('tên đài truyền thanh (station), ví dụ "Đài truyền thanh xã Ví Dụ"'),
  office: z
    .strictObject({
      name: text('tên bộ phận nhận thư (office.name), ví dụ "Văn phòng – Thống kê, UBND xã"'),
      email: z
        .email({ error: 'office.email phải là địa chỉ thư điện tử của cơ quan, ví dụ vanphong@tenxa.gov.vn.' })
        .describe('Hộp thư công vụ của bộ phận, không phải thư cá nhân'),
      phone: z
        .preprocess(
          blank,
          z
            .string()
            .trim()
            .regex(/^(\+84|0)[\d .]{8,13}$/, { error: 'office.phone phải là số máy cơ quan, ví dụ "0205 3 123 456".' })
            .optional(),
        )
        .describe('Số máy bàn công khai của cơ quan (không ghi số cá nhân)'),
      address: z.preprocess(blank, z.string().trim().min(1).optional()).describe('Địa chỉ trụ sở'),
    })
    .describe('Nơi người dân liên hệ: một bộ phận của cơ quan, không phải một người'),
  url: z
    .url({ protocol: /^https?$/, error: 'url phải là địa chỉ web đầy đủ, ví dụ https://guongsang.tenxa.gov.vn.' })
    .optional()
    .describe('Địa chỉ công khai của trang; biến môi trường SITE_URL được ưu tiên khi có'),
  license: z
    .strictObject({
      name: text('tên giấy phép nội dung (license.name), ví dụ "CC BY 4.0"'),
      url: z.url({ error: 'license.url phải là địa chỉ web của giấy phép.' }),
    })
    .describe('Giấy phép cho nội dung và dữ liệu mở của trang'),
  sample: z
    .boolean({ error: 'sample phải là true hoặc false.' })
    .default(false)
    .describe('true khi tên, địa chỉ liên hệ trong tệp này là mẫu minh họa'),
});

export type Site = z.output<typeof siteSchema>;
