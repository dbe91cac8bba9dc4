/**
 * Templates for `npm run new`: a new exemplar, good practice or loudspeaker script that is
 * valid as written (so the site still builds), with a Vietnamese comment on every field and
 * the allowed components shown by example. Text the author must still write is put in
 * [square brackets]; `npm run check` warns about it until it is replaced.
 */
import { uniqueSlug } from './slug.ts';

export const ENTRY_KINDS = ['exemplar', 'practice', 'script'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_FOLDERS: Record<EntryKind, string> = { exemplar: 'exemplars', practice: 'practices', script: 'scripts' };
export const ENTRY_LABELS: Record<EntryKind, string> = { exemplar: 'điển hình', practice: 'cách làm hay', script: 'kịch bản truyền thanh' };

/** Marks text still to be written: "[Viết …]". */
export const PLACEHOLDER = /\[(Viết|Tả|Ghi|Điền)[^\]]*\]/u;

export interface NewEntryInput {
  kind: EntryKind;
  title: string;
  /** Ids already used in the collection, to keep the new one unique. */
  taken: ReadonlySet<string>;
  /** Today, YYYY-MM-DD. */
  today: string;
  movement?: string | undefined;
  unit?: string | undefined;
  village?: string | undefined;
  exemplar?: string | undefined;
}

export interface NewEntry {
  id: string;
  /** Path under content/. */
  path: string;
  text: string;
  /** An exemplar needs a cover picture: where to put the temporary one. */
  cover?: string | undefined;
}

const quote = (value: string) => JSON.stringify(value);

const COMPONENTS = `{/* Hai khung được phép dùng trong bài (không dùng import, thẻ script hay biểu thức trong ngoặc nhọn):

<Quote by="Họ tên người nói">Lời nói nguyên văn.</Quote>

<Callout title="Con số">Một vài con số nổi bật.</Callout>
*/}`;

function exemplar(input: NewEntryInput, id: string): string {
  const year = input.today.slice(0, 4);
  return `---
# Tiêu đề bài, hiện to ở đầu trang và khi chia sẻ lên Zalo, Facebook.
title: ${quote(input.title)}
# Tên tập thể hoặc người được nêu gương.
name: "[Viết tên tập thể hoặc người được nêu gương]"
# Loại: tap-the (tập thể), ca-nhan (cá nhân) hoặc ho-gia-dinh (hộ gia đình).
# Với ca-nhan và ho-gia-dinh phải có phần consent (sự đồng ý) ở dưới.
kind: tap-the
# Phong trào thi đua (tên tệp trong content/movements/).
movement: ${input.movement ?? 'chung-suc-xay-dung-nong-thon-moi'}
# Đơn vị đề xuất, xây dựng điển hình (tên tệp trong content/units/).
unit: ${input.unit ?? 'ban-quan-ly-xay-dung-nong-thon-moi'}
# Thôn (tên tệp trong content/villages/); bỏ dòng này nếu không gắn với thôn nào.
${input.village ? `village: ${input.village}` : '# village: na-chuong'}
# Năm được ghi nhận.
year: ${year}
# Giai đoạn: phat-hien, boi-duong, ton-vinh hoặc nhan-rong.
stage: phat-hien
# Khen thưởng đã nhận; để [] nếu chưa có. Mỗi mục:
#   - form: Giấy khen
#     issuer: Chủ tịch UBND xã Quảng Lạc
#     decision: Quyết định số 45/QĐ-UBND
#     date: ${input.today}
recognitions: []
# Tóm tắt 2–3 câu (dưới 400 ký tự), hiện trong danh sách và khi chia sẻ.
summary: "[Viết 2–3 câu tóm tắt điển hình này]"
# Ảnh bìa: đường dẫn tới ảnh trong content/images/ và lời tả ảnh cho người không nhìn thấy.
cover:
  src: ../images/${id}.jpg
  alt: "[Tả ảnh: ai, đang làm gì, ở đâu]"
# Ngày đăng bài (NNNN-TT-NN).
publishedAt: ${input.today}
# true để nêu trên trang chủ.
featured: false
# Bài nói tới sức khỏe, hộ nghèo hay hoàn cảnh gia đình của người thật: ghi ở đây
# (suc-khoe, ho-ngheo, hoan-canh-gia-dinh) và người đó phải đồng ý rõ trong consent.sensitive.
sensitive: []
# Với cá nhân, hộ gia đình: ai đồng ý công bố, ngày nào, ai ghi nhận. Bỏ dấu # ở các dòng dưới.
# consent:
#   givenBy: Họ tên người đồng ý
#   date: ${input.today}
#   recordedBy: Tên đơn vị ghi nhận
#   method: Biên bản đồng ý có chữ ký
#   sensitive: []
# Bài thật: false. Bài mẫu để giới thiệu trang: true.
sample: false
---

## [Viết tiêu đề đoạn thứ nhất]

[Viết câu chuyện 300–600 chữ: hoàn cảnh, việc đã làm, kết quả bằng con số, lời của nhân vật.]

${COMPONENTS}
`;
}

function practice(input: NewEntryInput): string {
  return `---
# Tên cách làm hay.
title: ${quote(input.title)}
# Điển hình đã làm ra cách làm này (tên tệp trong content/exemplars/), ít nhất một.
exemplars: [${input.exemplar ?? ''}]
# Tóm tắt 1–2 câu.
summary: "[Viết 1–2 câu tóm tắt cách làm]"
# Vấn đề cần giải quyết trước khi có cách làm này.
problem: "[Viết vấn đề đặt ra]"
# Các bước làm, theo thứ tự.
steps:
  - "[Viết bước thứ nhất]"
  - "[Viết bước thứ hai]"
# Kết quả bằng con số: label (nội dung), value (con số), unit (đơn vị tính).
results:
  - label: "[Ghi nội dung kết quả]"
    value: 0
    unit: ""
# Điều kiện để nơi khác áp dụng được.
conditions: []
# Nguồn lực cần có (người, tiền, vật tư).
resources: []
# Những nơi đã làm theo: place, village (nếu có), date, result.
replications: []
# Ngày đăng (NNNN-TT-NN).
publishedAt: ${input.today}
# Bài thật: false. Bài mẫu: true.
sample: false
---

[Viết thêm kinh nghiệm, lưu ý khi làm theo.]

${COMPONENTS}
`;
}

function script(input: NewEntryInput): string {
  return `---
# Tiêu đề kịch bản.
title: ${quote(input.title)}
# ban-nhap: chưa đăng; da-duyet: đã duyệt, được đăng và phát.
status: ban-nhap
# Ngày phát (NNNN-TT-NN); có thể nhiều ngày: [${input.today}, ...].
airDates: [${input.today}]
# Điển hình và/hoặc cách làm hay mà kịch bản nói tới (tên tệp), ít nhất một.
exemplars: [${input.exemplar ?? ''}]
practices: []
# Đơn vị biên soạn (tên tệp trong content/units/).
preparedBy: ban-tuyen-giao-dang-uy
# Cách đọc tên riêng, địa danh dễ đọc sai:
#   - { term: Khòn Khuyên, say: "dấu huyền ở Khòn" }
pronunciations: []
# Một câu giới thiệu.
summary: "[Viết một câu giới thiệu kịch bản]"
# Bài thật: false. Bài mẫu: true.
sample: false
---

Kính thưa bà con nhân dân trong toàn xã!

[Viết nội dung để đọc trên loa: câu ngắn, số viết bằng chữ, dưới 5 phút đọc.]

Đài truyền thanh xã Quảng Lạc vừa phát bài ${quote(input.title)}. Cảm ơn bà con đã lắng nghe.
`;
}

export function newEntry(input: NewEntryInput): NewEntry {
  const title = input.title.trim();
  if (!title) throw new Error('Cần tiêu đề, ví dụ: npm run new -- exemplar "Tổ hòa giải thôn Nà Chuông"');
  const id = uniqueSlug(title, input.taken);
  const folder = ENTRY_FOLDERS[input.kind];
  const text = input.kind === 'exemplar' ? exemplar({ ...input, title }, id) : input.kind === 'practice' ? practice({ ...input, title }) : script({ ...input, title });
  return { id, path: `${folder}/${id}.mdx`, text, cover: input.kind === 'exemplar' ? `images/${id}.jpg` : undefined };
}
