import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planProgress, type CountedExemplar } from '#lib/plan/progress.ts';
import { reportDocx } from '#lib/report/report-docx.ts';
import type { Block, Table } from '#lib/report/report-blocks.ts';
import { MOTTO, reportDocument, SAMPLE_NOTICE } from '#lib/report/report-document.ts';
import type { ReportInput } from '#lib/report/report.ts';
import { reportPeriod } from '#lib/report/report.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const site = {
  siteName: 'Gương sáng Minh Tiến',
  commune: 'xã Minh Tiến',
  station: 'Đài truyền thanh xã Minh Tiến',
  authority: { name: 'Ủy ban nhân dân xã Minh Tiến', shortName: 'UBND xã Minh Tiến' },
};
const exemplar = (id: string, movement: string, unit: string, recognitions: Date[] = []): CountedExemplar => ({
  id,
  data: { movement: { id: movement }, unit: { id: unit }, year: 2024, recognitions: recognitions.map((date) => ({ date })) },
});

function input(overrides: Partial<ReportInput> = {}, kind: '6-thang' | 'nam' = 'nam'): ReportInput {
  const rows = planProgress(
    [
      { movementId: 'dan-van', movementName: 'Dân vận khéo', leadUnitIds: ['mat-tran'], minimum: { count: 2, perUnit: false } },
      {
        movementId: 'khuyen-hoc',
        movementName: 'Khuyến học, khuyến tài',
        leadUnitIds: ['truong-a', 'truong-b'],
        minimum: { count: 1, perUnit: true },
      },
    ],
    [exemplar('to-dan-van', 'dan-van', 'mat-tran', [day('2024-12-20')]), exemplar('tu-sach', 'khuyen-hoc', 'truong-a')],
    [{ data: { exemplars: [{ id: 'tu-sach' }], replications: [{}] } }],
    2024,
    (id) => ({ 'mat-tran': 'Mặt trận xã', 'truong-a': 'Trường A', 'truong-b': 'Trường B' })[id] ?? id,
  );
  return {
    site,
    plan: {
      data: {
        title: 'Kế hoạch xây dựng điển hình tiên tiến xã Minh Tiến năm 2024',
        issuer: 'Ủy ban nhân dân xã Minh Tiến',
        year: 2024,
        basis: [{ issuer: 'Ủy ban nhân dân tỉnh Thái Hòa' }],
      },
    },
    period: reportPeriod(2024, kind),
    progress: { rows },
    movements: [
      {
        id: 'dan-van',
        name: 'Dân vận khéo',
        shortName: 'Dân vận khéo',
        leadUnitNames: ['Mặt trận xã'],
        exemplars: [
          {
            id: 'to-dan-van',
            name: 'Tổ dân vận thôn Đông',
            unitName: 'Mặt trận xã',
            recognitions: [
              { form: 'Giấy khen', issuer: 'Chủ tịch UBND xã', decision: 'Quyết định số 112/QĐ-UBND', date: day('2024-12-20') },
            ],
          },
        ],
      },
      {
        id: 'khuyen-hoc',
        name: 'Khuyến học, khuyến tài',
        shortName: 'Khuyến học',
        leadUnitNames: ['Trường A', 'Trường B'],
        exemplars: [{ id: 'tu-sach', name: 'Trường A', unitName: 'Trường A', recognitions: [] }],
      },
    ],
    practices: [
      {
        id: 'tu-sach-lop',
        title: 'Tủ sách lớp học',
        exemplarNames: ['Trường A'],
        replications: [{ place: 'Trường B', date: day('2024-11-20') }],
      },
    ],
    broadcasts: [{ month: 7, bulletins: 2, airings: 3, scripts: [{ id: 'bai', title: 'Tổ dân vận thôn Đông' }] }],
    sample: false,
    ...overrides,
  };
}

const textOf = (block: Block) =>
  block.type === 'table'
    ? block.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.map((i) => i.text).join('')).join(' ')).join(' | ')).join('\n')
    : block.type === 'heading'
      ? block.text
      : block.type === 'list'
        ? block.items.map((i) => i.map((r) => r.text).join('')).join('\n')
        : block.content.map((i) => i.text).join('');
const allText = (doc: ReturnType<typeof reportDocument>) => doc.body.map(textOf).join('\n');
const table = (doc: ReturnType<typeof reportDocument>, id: string) => doc.body.find((b): b is Table => b.type === 'table' && b.id === id)!;

describe('reportDocument', () => {
  it('heads the report as the decree sets it: issuing body, national motto, number and date to fill in', () => {
    const doc = reportDocument(input());
    expect(doc.authority).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ MINH TIẾN']);
    expect(doc.motto).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(doc.number.map((r) => r.text).join('')).toBe('Số: […]/BC-UBND');
    expect(doc.dateLine.map((r) => r.text).join('')).toBe('Minh Tiến, ngày […] tháng […] năm […]');
    expect(doc.dateLine.filter((r) => r.placeholder)).toHaveLength(3);
    expect(doc.subject).toBe('Kết quả thực hiện Kế hoạch xây dựng điển hình tiên tiến xã Minh Tiến năm 2024');
    expect(doc.signature).toEqual({ on: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: [{ text: '[Họ và tên]', placeholder: true }] });
    expect(doc.recipients.map((r) => r.map((i) => i.text).join(''))).toEqual([
      'Ủy ban nhân dân tỉnh Thái Hòa (để báo cáo);',
      'Chủ tịch, các Phó Chủ tịch UBND xã Minh Tiến;',
      '[Văn phòng ghi: nơi nhận khác];',
      'Lưu: VT.',
    ]);
  });

  it('names no recipient and no number that the plan file has not filled in yet', () => {
    const draft = input();
    draft.plan = {
      data: { ...draft.plan.data, number: '[Ghi số kế hoạch]', basis: [{ issuer: '[Ghi cơ quan ban hành văn bản căn cứ]' }] },
    };
    const doc = reportDocument(draft);
    const everything = [allText(doc), ...doc.recipients.map((r) => r.map((i) => i.text).join(''))].join('\n');
    expect(everything).not.toContain('[Ghi');
    expect(everything).toContain('Kế hoạch số [số/KH-UBND]');
  });

  it('names the plan by number and date when its file has them, and leaves placeholders when not', () => {
    expect(allText(reportDocument(input()))).toContain(
      'Thực hiện Kế hoạch số [số/KH-UBND] ngày [ngày ban hành] của Ủy ban nhân dân xã Minh Tiến về xây dựng điển hình tiên tiến',
    );
    const numbered = input();
    numbered.plan = { data: { ...numbered.plan.data, number: '15/KH-UBND', issuedAt: day('2024-02-10') } };
    expect(allText(reportDocument(numbered))).toContain('Thực hiện Kế hoạch số 15/KH-UBND ngày 10/02/2024 của');
  });

  it('puts the progress figures in the results table, a row per movement and per unit, with their sum', () => {
    const doc = reportDocument(input());
    const rows = table(doc, 'bang-ket-qua').rows.map((r) => [
      r.movement ?? '',
      r.unit ?? '',
      ...r.cells.filter((c) => c.col).map((c) => c.lines[0]!.map((i) => i.text).join('')),
    ]);
    expect(rows).toEqual([
      ['dan-van', '', '2', '1', '1', '0', 'Chưa đạt'],
      ['khuyen-hoc', '', '2', '1', '0', '1', 'Chưa đạt'],
      ['khuyen-hoc', 'truong-a', '1', '1', '0', '1', 'Đạt'],
      ['khuyen-hoc', 'truong-b', '1', '0', '0', '0', 'Chưa đạt'],
      ['', '', '4', '2', '1', '1', '0/2 đạt'],
    ]);
  });

  it('lists exemplars with their recognitions, practices with where they were replicated, and bulletins by month', () => {
    const text = allText(reportDocument(input()));
    expect(text).toContain(
      'Tổ dân vận thôn Đông | Mặt trận xã | Giấy khen của Chủ tịch UBND xã, Quyết định số 112/QĐ-UBND, ngày 20/12/2024',
    );
    expect(text).toContain('Trường A | Trường A | Chưa khen thưởng');
    expect(text).toContain('Tủ sách lớp học | Trường A | Trường B (20/11/2024)');
    expect(text).toContain('7/2024 | 2 | 3 | Tổ dân vận thôn Đông');
    expect(text).toContain('Đài truyền thanh xã Minh Tiến đã phát 2 buổi bản tin với 3 lượt bài');
  });

  it('names every movement and unit below its minimum, plainly', () => {
    const text = allText(reportDocument(input()));
    expect(text).toContain('Còn 2/2 phong trào chưa đạt chỉ tiêu tối thiểu:');
    expect(text).toContain('Dân vận khéo: có 1/2 điển hình;');
    expect(text).toContain('Khuyến học, khuyến tài, Trường B: có 0/1 điển hình.');
  });

  it('invents no assessment: strengths, further causes, directions and proposals are placeholders for the officer', () => {
    const doc = reportDocument(input());
    const after = (heading: string) => doc.body[doc.body.findIndex((b) => b.type === 'heading' && b.text.startsWith(heading)) + 1]!;
    for (const heading of ['1. Công tác chỉ đạo', '1. Ưu điểm', 'III. PHƯƠNG HƯỚNG', 'IV. ĐỀ XUẤT']) {
      const block = after(heading);
      expect(block.type === 'paragraph' && block.content.every((r) => r.placeholder), heading).toBe(true);
    }
    expect(doc.body.some((b) => b.type === 'heading' && b.text === 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')).toBe(true);
  });

  it('says "số liệu minh họa" on sample content only', () => {
    expect(reportDocument(input({ sample: true })).notice).toBe(SAMPLE_NOTICE);
    expect(SAMPLE_NOTICE).toMatch(/^Số liệu minh họa/);
    expect(reportDocument(input()).notice).toBeUndefined();
  });

  it('words the six-month report as of 30 June and plans the second half of the year', () => {
    const doc = reportDocument(input({}, '6-thang'));
    expect(doc.title).toBe('Báo cáo 6 tháng đầu năm 2024');
    expect(doc.subject).toBe('Kết quả 6 tháng đầu năm thực hiện Kế hoạch xây dựng điển hình tiên tiến xã Minh Tiến năm 2024');
    const text = allText(doc);
    expect(text).toContain('Tính đến ngày 30/06/2024, các đơn vị đã phát hiện, giới thiệu 2 điển hình');
    expect(text).toContain('quyết định khen thưởng đến ngày 30/06/2024');
    expect(text).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024');
  });

  it('says so when nothing was aired and no practice written down, rather than showing empty tables', () => {
    const doc = reportDocument(input({ broadcasts: [], practices: [] }));
    expect(doc.body.some((b) => b.type === 'table' && (b.id === 'bang-tuyen-truyen' || b.id === 'bang-cach-lam-hay'))).toBe(false);
    expect(allText(doc)).toContain(
      'Trang chưa ghi nhận buổi phát nào của Đài truyền thanh xã Minh Tiến về điển hình tiên tiến trong năm 2024.',
    );
  });
});

describe('reportDocx', () => {
  // A .docx is a zip; word/document.xml holds the body, word/header*.xml the page numbers.
  async function unzip(doc: ReturnType<typeof reportDocument>) {
    const files = unzipSync(new Uint8Array(await reportDocx(doc, { creator: site.authority.name, description: 'Thử' })));
    return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
  }
  const plain = (xml: string) => xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  const cells = (xml: string) =>
    [...xml.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map(([row]) => [...row.matchAll(/<w:tc\b.*?<\/w:tc>/gs)].map(([c]) => plain(c)));

  it('writes the same document: motto, movements, figures, signature, in Times New Roman on A4 with the decree margins', async () => {
    const doc = reportDocument(input({ sample: true }));
    const files = await unzip(doc);
    const xml = files['word/document.xml']!;
    const text = plain(xml);
    for (const words of [
      ...MOTTO,
      'ỦY BAN NHÂN DÂN',
      'XÃ MINH TIẾN',
      'BÁO CÁO',
      doc.subject,
      SAMPLE_NOTICE,
      'Dân vận khéo',
      'Khuyến học',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nơi nhận:',
    ]) {
      expect(text.includes(words), words).toBe(true);
    }
    expect(cells(xml)).toContainEqual(['1', 'Dân vận khéo(Mặt trận xã)', '2', '1', '1', '0', 'Chưa đạt']);
    expect(cells(xml)).toContainEqual(['', '- Trường B', '1', '0', '0', '0', 'Chưa đạt']);
    expect(cells(xml)).toContainEqual(['', 'Tổng cộng', '4', '2', '1', '1', '0/2 đạt']);
    // A4 (11906 × 16838 twips), margins 20/20/30/15 mm.
    const tag = (name: string) => xml.match(new RegExp(`<w:${name}\\b[^>]*>`))?.[0];
    expect(tag('pgSz')).toMatch(/w:w="11906" w:h="16838"/);
    expect(tag('pgMar')).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(tag('titlePg')).toBeDefined();
    expect(tag('highlight')).toBe('<w:highlight w:val="yellow"/>');
    expect(xml.includes('<w:tblBorders><w:top w:val="single"')).toBe(true);
    expect(files['word/styles.xml']!.includes('w:ascii="Times New Roman"')).toBe(true);
  });

  it('numbers the pages at the top centre, and leaves the first page without a number', async () => {
    const files = await unzip(reportDocument(input()));
    const headers = Object.entries(files).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const numbered = headers.filter(([, xml]) => /PAGE/.test(xml));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]![1]).toContain('<w:jc w:val="center"/>');
    expect(headers.length).toBe(2);
  });
});
