/** content/site.yaml: the commune's names, read by every page (src/lib/site/settings.ts). */
import { SITE_GUIDE } from '#schemas/hints.ts';
import { siteSchema } from '#schemas/site.ts';
import { SITE_FILE } from '../../site/settings.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { error, warning } from '../context.ts';
import { isFreeMailbox } from '../../privacy/emails.ts';
import { maskDetail } from '../../privacy/private-details.ts';
import type { Problem } from '../problem.ts';
import { checkDataFile } from './data-files.ts';

export function checkSiteFile(root: string): Problem[] {
  const { problems, data, lineOf } = checkDataFile(root, SITE_FILE, siteSchema, {
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
  // The office's own mailbox and line are published on every page: a person's are not theirs to publish.
  if (data && isFreeMailbox(data.office.email)) {
    problems.push({
      file: SITE_FILE,
      ...error(
        lineOf?.(['office', 'email']) ?? 1,
        'office.email',
        `office.email là hộp thư cá nhân (${maskDetail(data.office.email)}): địa chỉ này hiện ở cuối mọi trang.`,
        'Ghi hộp thư công vụ của bộ phận (ví dụ vanphong@tenxa.gov.vn), không ghi hộp thư của một người.',
      ),
    });
  }
  if (data?.office.phone && isMobile(data.office.phone)) {
    problems.push({
      file: SITE_FILE,
      ...warning(
        lineOf?.(['office', 'phone']) ?? 1,
        'office.phone',
        `office.phone là số di động (${maskDetail(data.office.phone)}): số này hiện ở cuối mọi trang.`,
        'Nếu là số riêng của một người, thay bằng số máy bàn của văn phòng; chỉ để số di động khi đó là đường dây nóng công khai của cơ quan.',
      ),
    });
  }
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

/** A Vietnamese mobile number, as the library that reads phone numbers in stories types it; an office's landline is not. */
const isMobile = (phone: string) => parsePhoneNumberFromString(phone, 'VN')?.getType() === 'MOBILE';
