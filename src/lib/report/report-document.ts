/**
 * One report as a document: the blocks of an administrative report (Decree 30/2020/NĐ-CP) in
 * the order such reports take, built once and drawn twice, as HTML (OfficeDocument.astro, for
 * screen and print) and as Word (report-docx.ts), so the two cannot say different things.
 * Figures come from the data; every judgement is a "[Văn phòng ghi: …]" placeholder the officer fills
 * in (not the "[Ghi …]" of unfinished content files, which no page may show: src/lib/content/placeholders.ts).
 * The blocks are report-blocks.ts; the four tables, report-tables.ts.
 */
import { formatShortDate } from '../text/dates.ts';
import { isPlaceholder } from '../content/placeholders.ts';
import { p, ph, t, write, type Block, type Inline, type ReportDocument } from './report-blocks.ts';
import { broadcastsTable, exemplarsTable, practicesTable, resultsTable } from './report-tables.ts';
import { authorityLines, periodName, placeName, progressTotals, shortfalls, type ReportInput } from './report.ts';

export const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
export const SAMPLE_NOTICE =
  'Số liệu minh họa: báo cáo này lấy từ nội dung mẫu của trang, các điển hình, khen thưởng và con số trong đó không phải số liệu thật.';

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
      ? p(
          t(
            `${input.practices.length} kinh nghiệm, cách làm hay của các điển hình trên đã được viết lại để phổ biến; ${practicesReplicated.length} cách làm đã được nhân rộng tại ${places} nơi (Bảng 3).`,
          ),
        )
      : p(t(`Chưa có kinh nghiệm, cách làm hay nào của các điển hình ${name} được viết lại trên trang.`)),
    ...(input.practices.length ? [practicesTable(input)] : []),
    { type: 'heading', level: 2, text: '5. Công tác tuyên truyền' },
    bulletins
      ? p(
          t(
            `${site.station} đã phát ${bulletins} buổi bản tin với ${airings} lượt bài về điển hình tiên tiến, cách làm hay (các bài đã duyệt trên trang, Bảng 4).`,
          ),
        )
      : p(t(`Trang chưa ghi nhận buổi phát nào của ${site.station} về điển hình tiên tiến trong ${name}.`)),
    ...(bulletins ? [broadcastsTable(input)] : []),
    p(write('các hình thức tuyên truyền khác (trang thông tin điện tử, hội nghị, pa nô, áp phích ở nhà văn hóa thôn…)')),
    { type: 'heading', level: 1, text: 'II. ĐÁNH GIÁ CHUNG' },
    { type: 'heading', level: 2, text: '1. Ưu điểm' },
    p(write('ưu điểm')),
    { type: 'heading', level: 2, text: '2. Hạn chế, tồn tại và nguyên nhân' },
    below.length
      ? p(
          t(
            `Còn ${new Set(below.map((b) => b.movementId)).size}/${sum.movements} phong trào chưa đạt chỉ tiêu tối thiểu${half ? ' của cả năm' : ''}:`,
          ),
        )
      : p(t(`Cả ${sum.movements} phong trào đều đạt chỉ tiêu tối thiểu của Kế hoạch${half ? ' cho cả năm' : ''}.`)),
    ...(below.length
      ? [
          {
            type: 'list' as const,
            items: below.map((b, i) => [
              t(
                `${b.movementName}${b.unitName ? `, ${b.unitName}` : ''}: có ${b.published}/${b.minimum} điển hình${i === below.length - 1 ? '.' : ';'}`,
              ),
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
