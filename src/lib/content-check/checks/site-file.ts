/** content/site.yaml: the commune's names, read by every page (src/lib/site/settings.ts). */
import { SITE_GUIDE } from '#schemas/hints.ts';
import { siteSchema } from '#schemas/site.ts';
import { SITE_FILE } from '../../site/settings.ts';
import { warning } from '../context.ts';
import type { Problem } from '../problem.ts';
import { checkDataFile } from './data-files.ts';

export function checkSiteFile(root: string): Problem[] {
  const { problems, data } = checkDataFile(root, SITE_FILE, siteSchema, {
    missing: {
      message: 'Chưa có tệp thông tin về xã và trang.',
      hint: `Chép content/site.yaml của bản gốc rồi sửa tên xã, tỉnh, cơ quan, đài truyền thanh (xem ${SITE_GUIDE}).`,
    },
    yamlHint: 'Mỗi dòng "tên: giá trị", thụt lề bằng dấu cách; câu có dấu ":" đặt trong dấu nháy kép.',
    guide: SITE_GUIDE,
    publicFields: [
      ['office', 'email'],
      ['office', 'phone'],
    ],
  });
  if (data && !data.url) {
    problems.push({
      file: SITE_FILE,
      ...warning(
        1,
        'url',
        'Chưa có địa chỉ trang (url): liên kết chia sẻ và mã QR trên áp phích sẽ trỏ tới một địa chỉ mẫu.',
        'Thêm dòng "url: https://…" với tên miền của trang, hoặc đặt biến môi trường SITE_URL khi xây dựng.',
      ),
    });
  }
  return problems;
}
