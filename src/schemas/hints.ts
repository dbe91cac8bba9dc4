/**
 * How to fix a problem, carried by the issue a schema raises (`params: { hint }`): the content
 * checker takes the hint from the issue, never by matching a message's wording or a field's name.
 */
export const GUIDE = 'docs/huong-dan-bien-tap.md';
/** Where content/site.yaml's fields are explained, field by field: it is edited once, by a commune adopting the site. */
export const SITE_GUIDE = 'docs/dung-cho-xa-khac.md';

export const HINTS = {
  date: 'Viết ngày dạng NNNN-TT-NN, ví dụ 2023-12-20, không đặt trong dấu nháy.',
  consent: `Điền theo phiếu đồng ý của người được nêu tên; xem mục "Quy định về thông tin cá nhân" trong ${GUIDE}.`,
  email: 'Viết hộp thư công vụ của cơ quan (không phải thư cá nhân): liền một chữ, không dấu, có @, ví dụ vanphong@xa.gov.vn.',
  url: 'Viết địa chỉ đầy đủ, bắt đầu bằng https:// (chép từ thanh địa chỉ của trình duyệt), không có dấu cách.',
  slug: 'Viết chữ thường, không dấu, nối bằng gạch ngang, ví dụ "thon-vi-du".',
  reference: 'Dùng đúng mã (tên tệp, không có phần đuôi) của mục đã có trong content/; trong VS Code, gõ tên trường để được gợi ý.',
} as const;

/** The `params` of an issue that carries its own hint. */
export const hinted = (hint: string) => ({ hint });

/** Fields a story no longer has, with where they went: the hint for a field the schema refuses as unknown. */
export const MOVED_FIELDS: Readonly<{ [field: string]: string }> = {
  consent:
    'Sự đồng ý nay ghi trong hồ sơ người (content/people/<mã>.yaml), và bài ghi mã người đó trong people: chuyển khối consent sang hồ sơ (npm run new -- person "Họ tên"), rồi xóa khỏi bài.',
};
