/** The four tables of a report: results by movement and unit, exemplars, practices, broadcasts. */
import { formatShortDate } from '../text/dates.ts';
import { metLabel } from '../plan/progress-table.ts';
import { cell, num, t, type Row, type Table } from './report-blocks.ts';
import { periodName, progressTotals, type ReportInput } from './report.ts';

export function resultsTable(input: ReportInput): Table {
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

export function exemplarsTable(input: ReportInput): Table {
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
            e.recognitions.length
              ? { lines: e.recognitions.map((r) => [t(recognitionText(r))]) }
              : cell([t('Chưa khen thưởng', { italic: true })]),
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

export function practicesTable(input: ReportInput): Table {
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

export function broadcastsTable(input: ReportInput): Table {
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
      {
        kind: 'total' as const,
        cells: [
          cell([t('Cộng', { bold: true })], { header: 'row', align: 'center' }),
          num(sum('bulletins'), 'bulletins'),
          num(sum('airings'), 'airings'),
          cell(''),
        ],
      },
    ],
  };
}
