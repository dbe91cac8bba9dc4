/**
 * A story dated later than today is held until its day: it is on no page, list, feed,
 * sitemap, search index or data file, and the daily rebuild publishes it when the day comes.
 * "Today" is `today()` (src/lib/text/dates.ts), which `BUILD_DATE` can set.
 */
import { isoDate, today } from '../../text/dates.ts';
import type { Problem } from '../problem.ts';
import type { EntrySource } from '../story-text.ts';
import type { Unpublished } from './unpublished.ts';

const DATED = new Set(['exemplars', 'practices']);

export function checkFutureDates(
  entries: readonly EntrySource[],
  now: Date = today(),
): { problems: Problem[]; unpublished: Unpublished[] } {
  const problems: Problem[] = [];
  const unpublished: Unpublished[] = [];
  for (const entry of entries) {
    const date = entry.data?.publishedAt;
    if (!DATED.has(entry.collection) || !(date instanceof Date) || date.getTime() <= now.getTime()) continue;
    const day = isoDate(date);
    unpublished.push({ collection: entry.collection, id: entry.id, reason: `ngày đăng ${day} chưa tới` });
    problems.push({
      file: entry.file,
      line: entry.lineOf(['publishedAt']),
      field: 'publishedAt',
      severity: 'warning',
      message: `Ngày đăng ${day} chưa tới (hôm nay ${isoDate(now)}): bài được giữ lại, chưa có ở trang nào, tìm kiếm hay RSS; lần dựng trang hằng ngày sẽ đăng bài vào ngày ${day}.`,
      hint: `Muốn đăng ngay: sửa publishedAt thành ngày hôm nay hoặc một ngày đã qua. Muốn xem trước: BUILD_DATE=${day} npm run dev.`,
    });
  }
  return { problems, unpublished };
}
