import type { MovementProgress } from './progress.ts';

/** The progress table as rows of cells: the same rows for the page and the CSV download. */
export const PROGRESS_HEADER = ['Phong trào', 'Đơn vị', 'Tối thiểu', 'Đã đăng', 'Đã nhân rộng', 'Đạt chỉ tiêu'] as const;

export function progressRows(progress: readonly MovementProgress[]): (string | number)[][] {
  return progress.flatMap(({ total, units }) => [
    [total.movementName, units.length ? 'Cộng các đơn vị' : total.unitNames.join('; '), total.minimum, total.published, total.replicated, total.met ? 'Đạt' : 'Chưa đạt'],
    ...units.map((u) => [u.movementName, u.unitNames.join('; '), u.minimum, u.published, u.replicated, u.met ? 'Đạt' : 'Chưa đạt']),
  ]);
}
