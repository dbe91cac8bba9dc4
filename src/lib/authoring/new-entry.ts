/**
 * Templates for `npm run new`: a new exemplar, good practice or loudspeaker script that is
 * valid as written (so the site still builds), with a Vietnamese comment on every field and
 * the allowed components shown by example. Text the author must still write is put in
 * [square brackets]; `npm run check` warns about it until it is replaced.
 */
import type { Site } from '#schemas/site.ts';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  PERSON_KINDS,
  SCRIPT_APPROVED,
  SCRIPT_DRAFT,
  type AgeGroup,
  type ExemplarKind,
} from '#schemas/vocabulary.ts';
import { uniqueSlug } from '../text/slug.ts';

/** What `npm run new` writes: the three kinds of story, and the record of a person they name. */
export const ENTRY_KINDS = ['exemplar', 'practice', 'script', 'person'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** The kinds written as MDX stories (the web editor's story collections). */
export const STORY_KINDS = ['exemplar', 'practice', 'script'] as const satisfies readonly EntryKind[];
export const ENTRY_FOLDERS: Record<EntryKind, string> = {
  exemplar: 'exemplars',
  practice: 'practices',
  script: 'scripts',
  person: 'people',
};
export const ENTRY_LABELS: Record<EntryKind, string> = {
  exemplar: 'điển hình',
  practice: 'cách làm hay',
  script: 'kịch bản truyền thanh',
  person: 'hồ sơ người được nêu tên',
};

export { PLACEHOLDER, placeholdersIn, type Placeholder } from '../content/placeholders.ts';
import type { Placeholder } from '../content/placeholders.ts';

/**
 * Placeholders that must not reach the public site: a person's consent cannot be assumed, so
 * `npm run check` and the build stop until it is filled in. Others only warn, so a new entry
 * can be previewed (and built) while it is being written.
 */
export const mustFill = (placeholder: Placeholder) => placeholder.path[0] === 'consent';

export interface NewEntryInput {
  kind: EntryKind;
  title: string;
  /** Ids already used in the collection, to keep the new one unique. */
  taken: ReadonlySet<string>;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** For an exemplar: a collective (default), a person or a household. */
  exemplarKind?: ExemplarKind | undefined;
  movement?: string | undefined;
  unit?: string | undefined;
  village?: string | undefined;
  exemplar?: string | undefined;
  /** Ids in content/people/ of the people the story names (for an exemplar about a person: its subject). */
  people?: readonly string[] | undefined;
  /** For an exemplar about a person: the subject's name, as the `name` field. */
  subjectName?: string | undefined;
  /** For a person record: the answer to "is this person under 16?". */
  ageGroup?: AgeGroup | undefined;
  /** The commune's names, from content/site.yaml. */
  site: Pick<Site, 'commune' | 'station' | 'authority'>;
  /** Ids that exist in content/, written where the author has not chosen one yet. */
  defaults: { movement: string; unit: string; village?: string | undefined };
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
  const kind = input.exemplarKind ?? 'tap-the';
  const person = PERSON_KINDS.includes(kind);
  return `---
# Tiêu đề bài, hiện to ở đầu trang và khi chia sẻ lên Zalo, Facebook.
title: ${quote(input.title)}
# ${person ? 'Họ tên người hoặc chủ hộ được nêu gương.' : 'Tên tập thể được nêu gương.'}
name: ${input.subjectName ? quote(input.subjectName) : `"${person ? '[Viết họ tên người được nêu gương]' : '[Viết tên tập thể được nêu gương]'}"`}
# Loại: tap-the (tập thể), ca-nhan (cá nhân) hoặc ho-gia-dinh (hộ gia đình).
# Với ca-nhan và ho-gia-dinh, người được nêu gương phải có hồ sơ và sự đồng ý trong content/people/.
kind: ${kind}
${peopleLines(input.people, person)}
# Phong trào thi đua (tên tệp trong content/movements/).
movement: ${input.movement ?? input.defaults.movement}
# Đơn vị đề xuất, xây dựng điển hình (tên tệp trong content/units/).
unit: ${input.unit ?? input.defaults.unit}
# Thôn (tên tệp trong content/villages/); bỏ dòng này nếu không gắn với thôn nào.
${input.village ? `village: ${input.village}` : `# village: ${input.defaults.village ?? 'ma-thon'}`}
# Năm được ghi nhận.
year: ${year}
# Giai đoạn: phat-hien, boi-duong, ton-vinh hoặc nhan-rong.
stage: phat-hien
# Khen thưởng đã nhận; để [] nếu chưa có. Mỗi mục:
#   - form: Giấy khen
#     issuer: Chủ tịch ${input.site.authority.shortName}
#     decision: Quyết định số 45/QĐ-UBND
#     date: ${input.today}
recognitions: []
# Tóm tắt 2–3 câu (dưới 400 ký tự), hiện trong danh sách và khi chia sẻ.
summary: "[Viết 2–3 câu tóm tắt điển hình này]"
# Ảnh bìa: đường dẫn tới ảnh trong content/images/ và lời tả ảnh cho người không nhìn thấy.
# npm run new đặt sẵn một ảnh tạm cùng tên: chép ảnh thật đè lên (cùng tên tệp).
cover:
  src: ../images/${id}.jpg
  alt: "[Tả ảnh: ai, đang làm gì, ở đâu]"
# Ngày đăng bài (NNNN-TT-NN).
publishedAt: ${input.today}
# true để nêu trên trang chủ.
featured: false
${SENSITIVE_LINES}
# Bài thật về người thật, việc thật: false. Chỉ bài mẫu minh họa do nhóm phát triển viết mới là true.
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
${peopleLines(input.people, false)}
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
# Ảnh (không bắt buộc): bỏ dấu # ở ba dòng dưới, chép ảnh vào content/images/.
# cover:
#   src: ../images/ten-anh.jpg
#   alt: Tả ảnh: ai, đang làm gì, ở đâu
# Ngày đăng (NNNN-TT-NN); một ngày chưa tới thì bài được giữ lại tới ngày đó.
publishedAt: ${input.today}
${SENSITIVE_LINES}
# Bài thật: false. Chỉ bài mẫu minh họa do nhóm phát triển viết mới là true.
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
# ${SCRIPT_DRAFT}: chưa đăng; ${SCRIPT_APPROVED}: đã duyệt, được đăng và phát.
status: ${SCRIPT_DRAFT}
# Ngày phát (NNNN-TT-NN); có thể nhiều ngày: [${input.today}, ...].
airDates: [${input.today}]
# Điển hình và/hoặc cách làm hay mà kịch bản nói tới (tên tệp), ít nhất một.
exemplars: [${input.exemplar ?? ''}]
practices: []
${peopleLines(input.people, false)}
# Đơn vị biên soạn (tên tệp trong content/units/).
preparedBy: ${input.unit ?? input.defaults.unit}
# Cách đọc tên riêng, địa danh dễ đọc sai:
#   - { term: Tên địa danh khó đọc, say: "cách đọc đúng" }
pronunciations: []
# Một câu giới thiệu.
summary: "[Viết một câu giới thiệu kịch bản]"
${SENSITIVE_LINES}
# Bài thật: false. Chỉ bài mẫu minh họa do nhóm phát triển viết mới là true.
sample: false
---

Kính thưa bà con nhân dân trong toàn xã!

[Viết nội dung để đọc trên loa: câu ngắn, dưới 5 phút đọc; số, ngày, giờ viết như thường viết.]

${input.site.station} vừa phát bài ${quote(input.title)}. Cảm ơn bà con đã lắng nghe.
`;
}

const SENSITIVE_LINES = `# Bài nói tới sức khỏe, hộ nghèo hay hoàn cảnh gia đình của người có tên trong bài: ghi ở đây
# (suc-khoe, ho-ngheo, hoan-canh-gia-dinh); người đó phải đồng ý rõ trong consent.sensitive ở hồ sơ của mình.
# npm run check tìm những chi tiết này trong bài và nhắc nếu chưa ghi.
sensitive: []`;

function peopleLines(people: readonly string[] | undefined, subject: boolean): string {
  return `# Mọi người có tên trong bài: mã hồ sơ trong content/people/ (tạo hồ sơ: npm run new -- person "Họ tên").
# ${subject ? 'Người được nêu gương phải có ở đây. ' : ''}Ai rút lại sự đồng ý thì bài nêu tên người đó được giữ lại, không đăng.
people: [${(people ?? []).join(', ')}]`;
}

function personRecord(input: NewEntryInput & { title: string }): string {
  if (!input.ageGroup) throw new Error(`Cần trả lời: người này dưới 16 tuổi? Thêm --age-group ${AGE_GROUPS.join(' hoặc --age-group ')}.`);
  const child = input.ageGroup === 'duoi-16';
  const minor = child
    ? `
  # Trẻ dưới 16 tuổi: cha, mẹ hoặc người giám hộ đồng ý; trẻ từ 7 tuổi cũng phải tự đồng ý.
  minor:
    # Tuổi của trẻ khi đồng ý.
    age: "[Điền tuổi của trẻ khi đồng ý, ví dụ 14]"
    # true sau khi đã hỏi và trẻ đồng ý (bắt buộc từ 7 tuổi).
    childAgreed: false
    guardian:
      name: "[Điền họ tên cha, mẹ hoặc người giám hộ]"
      relation: "[Điền quan hệ với trẻ, ví dụ mẹ]"
      date: "[Điền ngày người đại diện đồng ý, ví dụ ${input.today}]"`
    : '';
  return `# Hồ sơ một người có tên trong bài. Trang web không bao giờ đăng tệp này; npm run check đọc nó
# để biết người này đã đồng ý chưa, có phải trẻ em không, và có rút lại sự đồng ý không.
# Họ tên đầy đủ như bài viết ghi.
name: ${quote(input.title)}
# Những cách khác bài viết gọi người này, ngoài họ tên và cách gọi thường ("chị Mai", "ông Minh"
# được nhận ra sẵn), ví dụ [Út Mai].
alsoKnownAs: []
# Người này dưới 16 tuổi? ${AGE_GROUPS.map((g) => `${g} (${AGE_GROUP_LABELS[g].toLowerCase()})`).join(' hoặc ')}.
ageGroup: ${input.ageGroup}
# Sự đồng ý công bố, theo phiếu đồng ý. Chưa có đồng ý thì chưa đăng bài nào nêu tên người này:
# npm run check báo lỗi "chưa điền" cho tới khi điền xong.
consent:
  # Họ tên người đồng ý${child ? ' (trẻ em: cha, mẹ hoặc người giám hộ)' : ''}.
  givenBy: "[Điền họ tên người đồng ý]"
  # Ngày ký phiếu đồng ý (NNNN-TT-NN).
  date: "[Điền ngày đồng ý, ví dụ ${input.today}]"
  # Người hoặc đơn vị đã gặp và ghi nhận sự đồng ý.
  recordedBy: "[Điền người hoặc đơn vị ghi nhận]"
  # Hình thức: phiếu đồng ý có chữ ký, biên bản…
  method: Phiếu đồng ý có chữ ký
  # Thông tin nhạy cảm người này đồng ý cho công bố: suc-khoe, ho-ngheo, hoan-canh-gia-dinh.
  sensitive: []${minor}
  # Khi người này rút lại sự đồng ý: bỏ dấu # ở dòng dưới. Mọi bài nêu tên người này được giữ lại.
  # withdrawn: { date: ${input.today}, note: "Theo đơn của người được nêu tên" }
# Hồ sơ thật: false.
sample: false
`;
}

export function newEntry(input: NewEntryInput): NewEntry {
  const title = input.title.trim();
  if (!title) throw new Error('Cần tiêu đề, ví dụ: npm run new -- exemplar "Tổ hòa giải thôn Ví Dụ"');
  const id = uniqueSlug(title, input.taken);
  const folder = ENTRY_FOLDERS[input.kind];
  const text =
    input.kind === 'exemplar'
      ? exemplar({ ...input, title }, id)
      : input.kind === 'practice'
        ? practice({ ...input, title })
        : input.kind === 'script'
          ? script({ ...input, title })
          : personRecord({ ...input, title });
  const extension = input.kind === 'person' ? 'yaml' : 'mdx';
  return { id, path: `${folder}/${id}.${extension}`, text, cover: input.kind === 'exemplar' ? `images/${id}.jpg` : undefined };
}
