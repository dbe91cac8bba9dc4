/**
 * One report as a document: the blocks of an administrative report (Decree 30/2020/NĐ-CP) in
 * the order such reports take, built once and drawn twice, as HTML (OfficeDocument.astro, for
 * screen and print) and as Word (report-docx.ts), so the two cannot say different things.
 * Figures come from the data; every judgement is a "[Văn phòng ghi: …]" placeholder the officer fills
 * in (not the "[Ghi …]" of unfinished content files, which no page may show: src/lib/content/placeholders.ts).
 */
import { formatShortDate } from '../text/dates.ts';
import type { MovementProgress } from '../plan/progress.ts';
import { isPlaceholder } from '../content/placeholders.ts';
import { metLabel } from '../plan/progress-table.ts';
import { authorityLines, periodName, placeName, progressTotals, shortfalls, type MonthOfBroadcasts, type ReportPeriod } from './report.ts';

/** A run of text; `placeholder` marks what the officer writes before signing. */
export interface Inline {
  text: string;
  placeholder?: boolean;
  bold?: boolean;
  italic?: boolean;
}
export interface Cell {
  /** Lines of the cell, each a list of runs. */
  lines: Inline[][];
  /** `row`: the cell names its row (a movement, an exemplar). */
  header?: 'row';
  colSpan?: number;
  align?: 'left' | 'center' | 'right';
  /** What the figure is (`published`…), for readers that compare it with /tien-do/. */
  col?: string;
}
export interface Row {
  cells: Cell[];
  /** `group`: a movement's heading row; `total`: a sum; `unit`: a lead unit under its movement. */
  kind?: 'group' | 'total' | 'unit';
  movement?: string;
  unit?: string;
}
export interface Table {
  type: 'table';
  id: string;
  caption: string;
  head: string[];
  /** Share of the text width of each column, summing to 100. */
  widths: number[];
  rows: Row[];
}
export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; content: Inline[]; note?: boolean }
  | { type: 'list'; items: Inline[][] }
  | Table;

export interface ReportDocument {
  /** The page's and the file's title: "Báo cáo năm 2023". */
  title: string;
  /** Top left: the issuing body in capitals, one line each, and the number line. */
  authority: string[];
  number: Inline[];
  /** Top right: the national motto block and the place and date line. */
  motto: [string, string];
  dateLine: Inline[];
  kind: string;
  subject: string;
  /** "Số liệu minh họa…" when the content is sample. */
  notice?: string | undefined;
  body: Block[];
  recipients: Inline[][];
  signature: { on: string; title: string; name: Inline[] };
}

/** The plan, the site and the figures a report is drawn from (src/lib/report/plan-report.ts). */
export interface ReportInput {
  site: { siteName: string; commune: string; station: string; authority: { name: string; shortName: string } };
  plan: { data: { title: string; number?: string | undefined; issuedAt?: Date | undefined; issuer: string; year: number; basis: readonly { issuer: string }[] } };
  period: ReportPeriod;
  progress: { rows: MovementProgress[] };
  movements: readonly { id: string; name: string; shortName: string; leadUnitNames: string[]; exemplars: readonly { id: string; name: string; unitName: string; recognitions: readonly { form: string; issuer: string; decision?: string | undefined; date: Date }[] }[] }[];
  practices: readonly { id: string; title: string; exemplarNames: string[]; replications: readonly { place: string; date: Date }[] }[];
  broadcasts: readonly MonthOfBroadcasts[];
  sample: boolean;
}

export const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
export const SAMPLE_NOTICE = 'Số liệu minh họa: báo cáo này lấy từ nội dung mẫu của trang, các điển hình, khen thưởng và con số trong đó không phải số liệu thật.';

const t = (text: string, extra: Omit<Inline, 'text'> = {}): Inline => ({ text, ...extra });
/** A blank the officer fills in: "[…]", "[Họ và tên]". */
const ph = (text: string): Inline => ({ text: `[${text}]`, placeholder: true });
/** What the officer writes: "[Văn phòng ghi: ưu điểm]". */
const write = (what: string): Inline => ph(`Văn phòng ghi: ${what}`);
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const cell = (text: string | Inline[], extra: Omit<Cell, 'lines'> = {}): Cell => ({ lines: [typeof text === 'string' ? [t(text)] : text], ...extra });
const num = (value: number, col: string): Cell => ({ lines: [[t(String(value))]], align: 'center', col });
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** What a plan is about: its title without the words "Kế hoạch". */
const planAbout = (title: string) => (/^Kế hoạch\s+/i.test(title) ? title.replace(/^Kế hoạch\s+/i, '') : lowerFirst(title));

/** "Kế hoạch số 45/KH-UBND ngày 15/01/2023 của Ủy ban nhân dân xã X về …", with placeholders for what the plan file does not say. */
function planReference(plan: ReportInput['plan']): Inline[] {
  const { number, issuedAt, issuer, title } = plan.data;
  return [
    t('Kế hoạch số '),
    number && !isPlaceholder(number) ? t(number) : ph('số/KH-UBND'),
    t(' ngày '),
    issuedAt ? t(formatShortDate(issuedAt)) : ph('ngày ban hành'),
    t(` của ${issuer} về ${planAbout(title)}`),
  ];
}

function resultsTable(input: ReportInput): Table {
  const { rows } = input.progress;
  const names = new Map(input.movements.map((m) => [m.id, m]));
  const body: Row[] = rows.flatMap(({ movementId, total, units }, i) => {
    const movement = names.get(movementId);
    const label = [t(movement?.shortName ?? total.movementName, { bold: true })];
    const lead = units.length ? `cộng ${units.length} đơn vị, mỗi đơn vị ${units[0]!.minimum}` : total.unitNames.join('; ');
    return [
      {
        movement: movementId,
        unit: '',
        cells: [
          cell(String(i + 1), { align: 'center' }),
          { lines: [label, [t(`(${lead})`, { italic: true })]], header: 'row' as const },
          num(total.minimum, 'minimum'),
          num(total.published, 'published'),
          num(total.recognised, 'recognised'),
          num(total.replicated, 'replicated'),
          cell(metLabel(total.met), { align: 'center', col: 'met' }),
        ],
      },
      ...units.map((u) => ({
        kind: 'unit' as const,
        movement: movementId,
        unit: u.unitId ?? '',
        cells: [
          cell(''),
          cell(`- ${u.unitNames[0]}`, { header: 'row' }),
          num(u.minimum, 'minimum'),
          num(u.published, 'published'),
          num(u.recognised, 'recognised'),
          num(u.replicated, 'replicated'),
          cell(metLabel(u.met), { align: 'center', col: 'met' }),
        ],
      })),
    ];
  });
  const sum = progressTotals(rows);
  body.push({
    kind: 'total',
    cells: [
      cell(''),
      cell([t('Tổng cộng', { bold: true })], { header: 'row' }),
      num(sum.minimum, 'minimum'),
      num(sum.published, 'published'),
      num(sum.recognised, 'recognised'),
      num(sum.replicated, 'replicated'),
      cell(`${sum.met}/${sum.movements} đạt`, { align: 'center', col: 'met' }),
    ],
  });
  return {
    type: 'table',
    id: 'bang-ket-qua',
    caption: `Bảng 1. Kết quả theo phong trào và đơn vị chủ trì, ${periodName(input.period)}`,
    head: ['TT', 'Phong trào (đơn vị chủ trì)', 'Chỉ tiêu tối thiểu', 'Số điển hình', 'Đã khen thưởng', 'Đã nhân rộng', 'Đạt chỉ tiêu'],
    widths: [6, 36, 11, 11, 12, 12, 12],
    rows: body,
  };
}

const recognitionText = (r: ReportInput['movements'][number]['exemplars'][number]['recognitions'][number]) =>
  `${r.form} của ${r.issuer}${r.decision ? `, ${r.decision}` : ''}, ngày ${formatShortDate(r.date)}`;

function exemplarsTable(input: ReportInput): Table {
  let n = 0;
  const rows: Row[] = input.movements.flatMap((m, i) => [
    { kind: 'group' as const, movement: m.id, cells: [cell([t(`${i + 1}. ${m.name}`, { bold: true })], { colSpan: 4 })] },
    ...(m.exemplars.length === 0
      ? [{ cells: [cell(''), cell([t('Chưa có điển hình.', { italic: true })], { colSpan: 3 })] }]
      : m.exemplars.map((e) => ({
          cells: [
            cell(String(++n), { align: 'center' as const }),
            cell(e.name, { header: 'row' as const }),
            cell(e.unitName),
            e.recognitions.length ? { lines: e.recognitions.map((r) => [t(recognitionText(r))]) } : cell([t('Chưa khen thưởng', { italic: true })]),
          ],
        }))),
  ]);
  return {
    type: 'table',
    id: 'bang-dien-hinh',
    caption: `Bảng 2. Điển hình ${periodName(input.period)} theo phong trào và hình thức khen thưởng`,
    head: ['TT', 'Tập thể, cá nhân', 'Đơn vị đề xuất', 'Hình thức khen thưởng (cấp khen, số quyết định, ngày)'],
    widths: [6, 32, 24, 38],
    rows,
  };
}

function practicesTable(input: ReportInput): Table {
  return {
    type: 'table',
    id: 'bang-cach-lam-hay',
    caption: `Bảng 3. Kinh nghiệm, cách làm hay và nơi nhân rộng, ${periodName(input.period)}`,
    head: ['TT', 'Kinh nghiệm, cách làm hay', 'Của điển hình', 'Đã nhân rộng tại'],
    widths: [6, 32, 24, 38],
    rows: input.practices.map((pr, i) => ({
      cells: [
        cell(String(i + 1), { align: 'center' }),
        cell(pr.title, { header: 'row' }),
        { lines: pr.exemplarNames.map((name) => [t(name)]) },
        pr.replications.length
          ? { lines: pr.replications.map((r) => [t(`${r.place} (${formatShortDate(r.date)})`)]) }
          : cell([t('Chưa nhân rộng', { italic: true })]),
      ],
    })),
  };
}

function broadcastsTable(input: ReportInput): Table {
  const months = input.broadcasts;
  const sum = (key: 'bulletins' | 'airings') => months.reduce((n, m) => n + m[key], 0);
  return {
    type: 'table',
    id: 'bang-tuyen-truyen',
    caption: `Bảng 4. Bản tin truyền thanh đã phát theo tháng, ${periodName(input.period)}`,
    head: ['Tháng', 'Số buổi phát', 'Số lượt bài', 'Các bài đã phát'],
    widths: [12, 14, 14, 60],
    rows: [
      ...months.map((m) => ({
        cells: [
          cell(`${m.month}/${input.period.year}`, { header: 'row' as const, align: 'center' as const }),
          num(m.bulletins, 'bulletins'),
          num(m.airings, 'airings'),
          { lines: m.scripts.map((s) => [t(s.title)]) },
        ],
      })),
      { kind: 'total' as const, cells: [cell([t('Cộng', { bold: true })], { header: 'row', align: 'center' }), num(sum('bulletins'), 'bulletins'), num(sum('airings'), 'airings'), cell('')] },
    ],
  };
}

/** The report, block by block. */
export function reportDocument(input: ReportInput): ReportDocument {
  const { site, plan, period } = input;
  const { year, kind } = period;
  const name = periodName(period);
  const half = kind === '6-thang';
  const rows = input.progress.rows;
  const sum = progressTotals(rows);
  const asOfWords = half ? `đến ngày ${formatShortDate(period.to)}` : '';
  const practicesReplicated = input.practices.filter((pr) => pr.replications.length > 0);
  const places = new Set(practicesReplicated.flatMap((pr) => pr.replications.map((r) => r.place))).size;
  const bulletins = input.broadcasts.reduce((n, m) => n + m.bulletins, 0);
  const airings = input.broadcasts.reduce((n, m) => n + m.airings, 0);
  const below = shortfalls(rows);
  const about = planAbout(plan.data.title);
  // "Kế hoạch xây dựng … năm 2023": the year once, whether or not the title has it.
  const planWords = `Kế hoạch ${about}${about.includes(String(year)) ? '' : ` năm ${year}`}`;
  const periodWords = half ? '6 tháng đầu năm ' : '';

  const body: Block[] = [
    p(t('Thực hiện '), ...planReference(plan), t(` (sau đây gọi là Kế hoạch), ${site.authority.name} báo cáo kết quả ${name} như sau:`)),
    { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    { type: 'heading', level: 2, text: '1. Công tác chỉ đạo, triển khai' },
    p(write('việc ban hành văn bản triển khai Kế hoạch, hội nghị, kiểm tra, đôn đốc các đơn vị')),
    { type: 'heading', level: 2, text: '2. Kết quả phát hiện, xây dựng điển hình theo từng phong trào' },
    p(
      t(
        `${half ? `Tính ${asOfWords}` : `Trong năm ${year}`}, các đơn vị đã phát hiện, giới thiệu ${sum.published} điển hình tiên tiến của năm ${year} trong ${sum.movements} phong trào của Kế hoạch; ` +
          `${sum.recognised} điển hình đã được khen thưởng, ${sum.replicated} điển hình có kinh nghiệm, cách làm hay được nhân rộng. ` +
          `${sum.met}/${sum.movements} phong trào đạt chỉ tiêu tối thiểu${half ? ' của cả năm' : ''} (Bảng 1).`,
      ),
    ),
    resultsTable(input),
    {
      type: 'paragraph',
      note: true,
      content: [
        t(
          `Ghi chú: Số điển hình là số tập thể, cá nhân được ghi nhận năm ${year} đã đăng trên trang ${site.siteName}${half ? ` hoặc đã có quyết định khen thưởng ${asOfWords}` : ''}; ` +
            `đã khen thưởng là điển hình có ít nhất một hình thức khen thưởng${half ? ` có quyết định ${asOfWords}` : ''}; ` +
            `đã nhân rộng là điển hình có kinh nghiệm, cách làm hay đã được làm theo ở nơi khác${half ? ` ${asOfWords}` : ''}. ` +
            'Chỉ tiêu giao cho mỗi đơn vị thì tính riêng từng đơn vị; phong trào chỉ đạt khi mọi đơn vị đều đạt.',
          { italic: true },
        ),
      ],
    },
    { type: 'heading', level: 2, text: '3. Danh sách điển hình và hình thức khen thưởng' },
    exemplarsTable(input),
    { type: 'heading', level: 2, text: '4. Kinh nghiệm, cách làm hay và việc nhân rộng' },
    input.practices.length
      ? p(t(`${input.practices.length} kinh nghiệm, cách làm hay của các điển hình trên đã được viết lại để phổ biến; ${practicesReplicated.length} cách làm đã được nhân rộng tại ${places} nơi (Bảng 3).`))
      : p(t(`Chưa có kinh nghiệm, cách làm hay nào của các điển hình ${name} được viết lại trên trang.`)),
    ...(input.practices.length ? [practicesTable(input)] : []),
    { type: 'heading', level: 2, text: '5. Công tác tuyên truyền' },
    bulletins
      ? p(t(`${site.station} đã phát ${bulletins} buổi bản tin với ${airings} lượt bài về điển hình tiên tiến, cách làm hay (các bài đã duyệt trên trang, Bảng 4).`))
      : p(t(`Trang chưa ghi nhận buổi phát nào của ${site.station} về điển hình tiên tiến trong ${name}.`)),
    ...(bulletins ? [broadcastsTable(input)] : []),
    p(write('các hình thức tuyên truyền khác (trang thông tin điện tử, hội nghị, pa nô, áp phích ở nhà văn hóa thôn…)')),
    { type: 'heading', level: 1, text: 'II. ĐÁNH GIÁ CHUNG' },
    { type: 'heading', level: 2, text: '1. Ưu điểm' },
    p(write('ưu điểm')),
    { type: 'heading', level: 2, text: '2. Hạn chế, tồn tại và nguyên nhân' },
    below.length
      ? p(t(`Còn ${new Set(below.map((b) => b.movementId)).size}/${sum.movements} phong trào chưa đạt chỉ tiêu tối thiểu${half ? ' của cả năm' : ''}:`))
      : p(t(`Cả ${sum.movements} phong trào đều đạt chỉ tiêu tối thiểu của Kế hoạch${half ? ' cho cả năm' : ''}.`)),
    ...(below.length
      ? [
          {
            type: 'list' as const,
            items: below.map((b, i) => [
              t(`${b.movementName}${b.unitName ? `, ${b.unitName}` : ''}: có ${b.published}/${b.minimum} điển hình${i === below.length - 1 ? '.' : ';'}`),
            ]),
          },
        ]
      : []),
    p(write('hạn chế khác và nguyên nhân')),
    { type: 'heading', level: 1, text: `III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${half ? `6 THÁNG CUỐI NĂM ${year}` : `NĂM ${year + 1}`}` },
    p(write('phương hướng, nhiệm vụ')),
    { type: 'heading', level: 1, text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' },
    p(write('đề xuất, kiến nghị, nếu có')),
    p(t(`Trên đây là báo cáo kết quả ${periodWords}thực hiện ${planWords} của ${site.authority.name}./.`)),
  ];

  // A basis the plan file has not filled in yet ("[Ghi …]") names no recipient.
  const upper = [...new Set(plan.data.basis.map((b) => b.issuer).filter((issuer) => !isPlaceholder(issuer)))];
  return {
    title: `Báo cáo ${name}`,
    authority: authorityLines(site.authority.name),
    number: [t('Số: '), ph('…'), t('/BC-UBND')],
    motto: MOTTO,
    dateLine: [t(`${placeName(site.commune)}, ngày `), ph('…'), t(' tháng '), ph('…'), t(' năm '), ph('…')],
    kind: 'BÁO CÁO',
    subject: `Kết quả ${periodWords}thực hiện ${planWords}`,
    notice: input.sample ? SAMPLE_NOTICE : undefined,
    body,
    recipients: [
      ...upper.map((issuer) => [t(`${issuer} (để báo cáo);`)]),
      [t(`Chủ tịch, các Phó Chủ tịch ${site.authority.shortName};`)],
      [write('nơi nhận khác'), t(';')],
      [t('Lưu: VT.')],
    ],
    signature: { on: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: [ph('Họ và tên')] },
  };
}
