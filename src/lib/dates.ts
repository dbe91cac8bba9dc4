const VI_DATE = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const VI_SHORT = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const VI_WEEKDAY = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** "20 tháng 12, 2023" */
export const formatDate = (date: Date) => VI_DATE.format(date);
/** "20/12/2023" */
export const formatShortDate = (date: Date) => VI_SHORT.format(date);
/** "Thứ Tư, 20/12/2023" */
export const formatDayDate = (date: Date) => {
  const text = VI_WEEKDAY.format(date);
  return text.charAt(0).toUpperCase() + text.slice(1);
};
/** "2023-12-20", for <time datetime> and file names. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Today at UTC midnight: content dates are calendar days, so compare days, not instants.
 * `BUILD_DATE=YYYY-MM-DD` sets the day a build takes as today (tests, or previewing a
 * story scheduled for later); an impossible date stops with a Vietnamese error.
 */
export function today(now?: Date): Date {
  const set = now ? undefined : buildDate();
  if (set) return set;
  const at = now ?? new Date();
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

function buildDate(): Date | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env.BUILD_DATE?.trim();
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || isoDate(day) !== value) {
    throw new Error(`BUILD_DATE="${value}" không phải ngày hợp lệ. Viết dạng NNNN-TT-NN, ví dụ BUILD_DATE=2026-12-01, hoặc bỏ biến này để lấy ngày hôm nay.`);
  }
  return day;
}
