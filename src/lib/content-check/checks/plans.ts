/**
 * A movement lasts across plans and an exemplar counts toward the plan of its year: a site needs a
 * plan; say where a movement is in no plan, and where an exemplar's year has no plan or a plan
 * that does not list its movement.
 */
import type { CheckedEntry } from '../context.ts';
import { error, warning } from '../context.ts';
import { FILE_FIELD, type Problem } from '../problem.ts';

type PlanEntry = CheckedEntry & { data: { year: number; movements: { movement: string }[] } };

export function checkPlans(entries: readonly CheckedEntry[]): Problem[] {
  const planFiles = entries.filter((e) => e.collection === 'plans');
  if (planFiles.length === 0) {
    return [
      {
        file: 'content/plans/',
        ...error(
          1,
          FILE_FIELD,
          'Chưa có kế hoạch nào: trang chủ và trang tiến độ cần kế hoạch của năm.',
          'Chép một tệp kế hoạch mẫu vào content/plans/ rồi sửa theo văn bản của xã (xem docs/dung-cho-xa-khac.md), hoặc chạy npm run new -- plan <năm>.',
        ),
      },
    ];
  }
  const plans = planFiles.filter((e): e is PlanEntry => Boolean(e.data));
  // A plan that cannot be read already has its own error; its movements are not "in no plan".
  const allPlansRead = plans.length === planFiles.length;
  const planned = new Set(plans.flatMap((p) => p.data.movements.map((m) => m.movement)));
  const planOfYear = new Map(plans.map((p) => [p.data.year, p]));
  const years = [...planOfYear.keys()].sort();
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.data) continue;
    if (entry.collection === 'movements' && allPlansRead && !planned.has(entry.id)) {
      problems.push({
        file: entry.file,
        ...warning(
          1,
          FILE_FIELD,
          `Phong trào "${entry.id}" không có trong kế hoạch năm nào: trang của nó không có chỉ tiêu.`,
          `Thêm "- movement: ${entry.id}" vào danh sách movements của kế hoạch năm đó (content/plans/), hoặc xóa tệp nếu không dùng nữa.`,
        ),
      });
    }
    if (entry.collection !== 'exemplars') continue;
    const { year, movement } = entry.data as { year: number; movement: string };
    const plan = planOfYear.get(year);
    // Stories from before the first plan are the archive; a later year without a plan is a gap.
    if (!plan && allPlansRead && year > years[0]!) {
      problems.push({
        file: entry.file,
        ...warning(
          entry.lineOf(['year']),
          'year',
          `Chưa có kế hoạch năm ${year}: điển hình này chưa được tính vào tiến độ năm nào (đang có kế hoạch năm ${years.join(', ')}).`,
          `Tạo kế hoạch năm ${year} bằng npm run new -- plan ${year}, hoặc sửa year cho đúng năm được ghi nhận.`,
        ),
      });
    } else if (plan && !plan.data.movements.some((m) => m.movement === movement)) {
      problems.push({
        file: entry.file,
        ...warning(
          entry.lineOf(['movement']),
          'movement',
          `Kế hoạch năm ${year} (${plan.file}) không có phong trào "${movement}": điển hình này không được tính vào tiến độ năm ${year}.`,
          `Chọn một phong trào của kế hoạch năm ${year}, hoặc thêm phong trào này vào kế hoạch đó.`,
        ),
      });
    }
  }
  return problems;
}
