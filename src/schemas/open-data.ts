import { z } from 'astro/zod';
import { slug } from './common.ts';
import { exemplarSchema } from './exemplar.ts';
import { practiceResultSchema, practiceSchema } from './practice.ts';
import { recognitionSchema } from './recognition.ts';
import { scriptSchema } from './script.ts';
import { EXEMPLAR_KIND_LABELS, STAGE_LABELS } from './vocabulary.ts';

/**
 * One row of each open-data file (/du-lieu/): what the pages publish, nothing more. Fields that
 * exist in content take their type from the content schemas (an enum gains a value there, it
 * gains it here); a reference becomes an id with a name, a date an ISO 8601 day. Objects are
 * strict and every row is parsed before it is written, so a field that is not listed here (a
 * consent record, a guardian's name) cannot reach a file. Each field's title and description
 * are what /du-lieu/ and the published JSON Schemas show.
 */
const tools = { ref: () => slug, image: () => z.string() };
const exemplar = exemplarSchema(tools).shape;
const practice = practiceSchema(tools).shape;
const script = scriptSchema(tools).shape;

const field = <T extends z.ZodType>(schema: T, title: string, description: string): T => schema.meta({ title, description });
const isoDay = (title: string, description: string) => field(z.iso.date(), title, `${description} (ISO 8601, NNNN-TT-NN)`);
const labelOf = (labels: Record<string, string>) => z.enum(Object.values(labels) as [string, ...string[]]);

/** A reference: the entry's id (its address on the site) and the name a page shows for it. */
const named = (what: string, idNote = '') =>
  z.strictObject({
    id: field(slug, `Mã ${what}`, `Mã ${what}${idNote}`),
    name: field(z.string().min(1), `Tên ${what}`, `Tên ${what} như trang ghi`),
  });

const entryId = (what: string, path: string) => field(slug, 'Mã', `Mã ${what}, phần cuối địa chỉ trang ${path}; không đổi theo thời gian`);
const pageUrl = (what: string) => field(z.url(), 'Địa chỉ', `Địa chỉ đầy đủ của trang ${what}`);
const sample = field(exemplar.sample, 'Bài mẫu', 'true: bài mẫu minh họa, nhân vật và số liệu là hư cấu');

export const exemplarRecord = z.strictObject({
  id: entryId('điển hình', '/dien-hinh/<mã>/'),
  url: pageUrl('điển hình'),
  title: field(exemplar.title, 'Tiêu đề', 'Tiêu đề bài viết'),
  name: field(exemplar.name, 'Tên', 'Tên tập thể, cá nhân hoặc hộ gia đình được nêu gương'),
  kind: field(exemplar.kind, 'Mã loại', 'Loại điển hình: tap-the (tập thể), ca-nhan (cá nhân), ho-gia-dinh (hộ gia đình)'),
  kindLabel: field(labelOf(EXEMPLAR_KIND_LABELS), 'Loại', 'Tên loại điển hình'),
  movement: field(named('phong trào', ', phần cuối địa chỉ /phong-trao/<mã>/'), 'Phong trào', 'Phong trào thi đua của điển hình'),
  unit: field(named('đơn vị đề xuất', ', phần cuối địa chỉ /don-vi/<mã>/'), 'Đơn vị', 'Đơn vị đề xuất, xây dựng điển hình'),
  village: field(
    named('thôn', ', phần cuối địa chỉ /thon/<mã>/').nullable(),
    'Thôn',
    'Thôn của điển hình; null (trống) khi điển hình không thuộc một thôn',
  ),
  year: field(exemplar.year, 'Năm', 'Năm được ghi nhận: điển hình được tính vào kế hoạch của năm này'),
  stage: field(exemplar.stage, 'Mã giai đoạn', 'Giai đoạn trong chu trình: phat-hien, boi-duong, ton-vinh, nhan-rong'),
  stageLabel: field(labelOf(STAGE_LABELS), 'Giai đoạn', 'Tên giai đoạn trong chu trình điển hình'),
  recognitions: field(
    z.array(
      recognitionSchema.extend({
        form: field(recognitionSchema.shape.form, 'Hình thức', 'Hình thức khen thưởng, ví dụ Giấy khen'),
        issuer: field(recognitionSchema.shape.issuer, 'Cấp khen', 'Người, cơ quan khen thưởng'),
        decision: field(recognitionSchema.shape.decision, 'Quyết định', 'Số quyết định khen thưởng, nếu có'),
        date: isoDay('Ngày', 'Ngày quyết định'),
      }),
    ),
    'Khen thưởng',
    'Các hình thức khen thưởng: hình thức, cấp khen, số quyết định, ngày',
  ),
  summary: field(exemplar.summary, 'Tóm tắt', 'Tóm tắt hai, ba câu'),
  practices: field(
    z.array(named('cách làm hay', ', phần cuối địa chỉ /cach-lam-hay/<mã>/')),
    'Cách làm hay',
    'Cách làm hay rút ra từ điển hình này',
  ),
  publishedAt: isoDay('Ngày đăng', 'Ngày đăng bài'),
  sample,
});

const practiceRef = (what: string) => ({
  id: entryId(`cách làm hay ${what}`, '/cach-lam-hay/<mã>/'),
  url: pageUrl('cách làm hay'),
  title: field(practice.title, 'Cách làm hay', 'Tên cách làm hay'),
});

export const practiceRecord = z.strictObject({
  ...practiceRef(''),
  summary: field(practice.summary, 'Tóm tắt', 'Tóm tắt cách làm'),
  problem: field(practice.problem, 'Vấn đề', 'Vấn đề cách làm giải quyết'),
  steps: field(z.array(z.string().min(1)).min(1), 'Các bước', 'Các bước làm, theo thứ tự'),
  results: field(
    z
      .array(
        practiceResultSchema.extend({
          label: field(practiceResultSchema.shape.label, 'Kết quả', 'Nội dung kết quả'),
          value: field(practiceResultSchema.shape.value, 'Con số', 'Con số của kết quả'),
          unit: field(z.string(), 'Đơn vị tính', 'Đơn vị tính, ví dụ triệu đồng/năm; có thể trống'),
        }),
      )
      .min(1),
    'Kết quả',
    'Kết quả bằng con số (chi tiết từng dòng trong tệp ket-qua)',
  ),
  conditions: field(z.array(z.string().min(1)), 'Điều kiện', 'Điều kiện để áp dụng ở nơi khác'),
  resources: field(z.array(z.string().min(1)), 'Nguồn lực', 'Nguồn lực cần có'),
  exemplars: field(
    z.array(named('điển hình', ', phần cuối địa chỉ /dien-hinh/<mã>/')).min(1),
    'Điển hình',
    'Các điển hình có cách làm này',
  ),
  movements: field(z.array(named('phong trào')), 'Phong trào', 'Phong trào của các điển hình có cách làm này'),
  replications: field(z.number().int().min(0), 'Số nơi nhân rộng', 'Số nơi đã nhân rộng cách làm (từng nơi trong tệp nhan-rong)'),
  publishedAt: isoDay('Ngày đăng', 'Ngày đăng bài'),
  sample,
});

/** One row per result of a practice: numbers a spreadsheet can add up. */
export const resultRecord = z.strictObject({
  ...practiceRef('có kết quả này'),
  label: field(practiceResultSchema.shape.label, 'Kết quả', 'Nội dung kết quả'),
  value: field(practiceResultSchema.shape.value, 'Con số', 'Con số của kết quả (dấu chấm thập phân)'),
  unit: field(z.string(), 'Đơn vị tính', 'Đơn vị tính, ví dụ triệu đồng/năm; có thể trống'),
  sample,
});

/** One row per place where a practice was replicated. */
export const replicationRecord = z.strictObject({
  ...practiceRef('được nhân rộng'),
  place: field(z.string().min(1), 'Nơi nhân rộng', 'Nơi đã áp dụng cách làm'),
  village: field(named('thôn').nullable(), 'Thôn', 'Thôn của nơi nhân rộng; null (trống) khi nơi đó không phải một thôn của xã'),
  date: isoDay('Từ ngày', 'Ngày bắt đầu áp dụng'),
  result: field(z.string().min(1), 'Kết quả nhân rộng', 'Kết quả ở nơi nhân rộng'),
  sample,
});

export const scriptRecord = z.strictObject({
  id: entryId('kịch bản', '/truyen-thanh/<mã>/'),
  url: pageUrl('kịch bản'),
  textUrl: field(z.url(), 'Bản chữ trơn', 'Địa chỉ bản chữ trơn (.txt) để đọc trên loa'),
  title: field(script.title, 'Tiêu đề', 'Tiêu đề kịch bản'),
  airDates: field(z.array(isoDay('Ngày phát', 'Ngày phát')).min(1), 'Ngày phát', 'Các ngày phát trên loa, sớm nhất trước'),
  exemplars: field(z.array(named('điển hình')), 'Điển hình', 'Điển hình kịch bản nói tới'),
  practices: field(z.array(named('cách làm hay')), 'Cách làm hay', 'Cách làm hay kịch bản nói tới'),
  preparedBy: field(named('đơn vị biên soạn').nullable(), 'Đơn vị biên soạn', 'Đơn vị biên soạn; null (trống) khi không ghi'),
  summary: field(z.string().nullable(), 'Tóm tắt', 'Tóm tắt; null (trống) khi không có'),
  readingSeconds: field(z.number().int().min(0), 'Thời gian đọc (giây)', 'Thời gian đọc ước tính, tính bằng giây'),
  sample,
});

/** One row per movement of a year's plan, and one per lead unit where the plan sets the minimum per unit. */
export const progressRecord = z.strictObject({
  year: field(exemplar.year, 'Năm', 'Năm kế hoạch'),
  id: field(slug, 'Mã kế hoạch', 'Mã kế hoạch của năm, phần cuối địa chỉ /ke-hoach/<mã>/'),
  url: field(z.url(), 'Địa chỉ', 'Địa chỉ trang tiến độ của năm'),
  movement: field(named('phong trào'), 'Phong trào', 'Phong trào của kế hoạch năm'),
  unit: field(named('đơn vị').nullable(), 'Đơn vị', 'Đơn vị khi kế hoạch giao chỉ tiêu cho mỗi đơn vị; null (trống) ở dòng cả phong trào'),
  leadUnits: field(z.array(named('đơn vị chủ trì')).min(1), 'Đơn vị chủ trì', 'Các đơn vị chủ trì phong trào trong năm'),
  minimum: field(z.number().int().min(0), 'Tối thiểu', 'Số điển hình tối thiểu kế hoạch giao'),
  published: field(z.number().int().min(0), 'Đã đăng', 'Số điển hình của năm đã đăng trên trang'),
  recognised: field(z.number().int().min(0), 'Đã khen thưởng', 'Số điển hình của năm có ít nhất một hình thức khen thưởng'),
  replicated: field(z.number().int().min(0), 'Đã nhân rộng', 'Số điển hình có cách làm hay đã được nhân rộng'),
  met: field(z.boolean(), 'Đạt chỉ tiêu', 'true khi đạt chỉ tiêu tối thiểu'),
});

export type ExemplarRecord = z.output<typeof exemplarRecord>;
export type PracticeRecord = z.output<typeof practiceRecord>;
export type ResultRecord = z.output<typeof resultRecord>;
export type ReplicationRecord = z.output<typeof replicationRecord>;
export type ScriptRecord = z.output<typeof scriptRecord>;
export type ProgressRecord = z.output<typeof progressRecord>;
