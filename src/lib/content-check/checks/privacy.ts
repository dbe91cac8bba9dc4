/**
 * No phone number, citizen ID number or personal e-mail address anywhere in a file, however it is
 * written (src/lib/privacy/private-details.ts reads the text as a reader sees it). An error even
 * in a draft: drafts are in the repository too.
 */
import { FORMAT } from '../../content/files.ts';
import { PRIVATE_DETAIL_LABELS, findPrivateDetails, maskDetail } from '../../privacy/private-details.ts';
import { error, type FileCheck } from '../context.ts';
import { BODY_FIELD, FILE_FIELD } from '../problem.ts';

export const checkPrivacy: FileCheck = ({ source, parsed, entry }, report) => {
  for (const detail of findPrivateDetails(source)) {
    const line = source.slice(0, detail.index).split('\n').length;
    const field = line >= parsed.bodyStartLine && FORMAT[entry.collection] === 'mdx' ? BODY_FIELD : 'frontmatter';
    report.always(
      error(
        line,
        field,
        `Có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}): không được đăng thông tin riêng của người dân.`,
        'Xóa thông tin này. Muốn liên hệ, ghi tên đơn vị (ví dụ "liên hệ Hội Nông dân xã").',
      ),
    );
  }
  // The file name becomes the page's address, its sitemap line and a row of the open data.
  for (const detail of findPrivateDetails(entry.id.replace(/[-_/]/g, ' '))) {
    report.always(
      error(
        1,
        FILE_FIELD,
        `Tên tệp có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}): tên tệp thành địa chỉ của trang.`,
        'Đổi tên tệp, bỏ phần số đó (ví dụ "to-hoa-giai-thon-giu-yen-ngo-xom.mdx").',
      ),
    );
  }
};
