import { toCsv } from '../text/csv.ts';
import type { MovementProgress } from './progress.ts';

/** The progress table as rows of cells: the same rows for the page and the CSV download. */
export const PROGRESS_HEADER = ['Phong trào', 'Đơn vị', 'Tối thiểu', 'Đã đăng', 'Đã khen thưởng', 'Đã nhân rộng', 'Đạt chỉ tiêu'] as const;

/** Whether a row meets its minimum, in the words of the page and the CSV. */
export const metLabel = (met: boolean) => (met ? 'Đạt' : 'Chưa đạt');

export function progressRows(progress: readonly MovementProgress[]): (string | number)[][] {
  return progress.flatMap(({ total, units }) => [
    [
      total.movementName,
      units.length ? 'Cộng các đơn vị' : total.unitNames.join('; '),
      total.minimum,
      total.published,
      total.recognised,
      total.replicated,
      metLabel(total.met),
    ],
    ...units.map((u) => [u.movementName, u.unitNames.join('; '), u.minimum, u.published, u.recognised, u.replicated, metLabel(u.met)]),
  ]);
}

/** The table as a CSV download that Excel opens with Vietnamese intact. */
export const progressCsv = ({ rows }: { rows: readonly MovementProgress[] }) =>
  new Response(toCsv([[...PROGRESS_HEADER], ...progressRows(rows)]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
