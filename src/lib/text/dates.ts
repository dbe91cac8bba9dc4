const VI_DATE = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const VI_SHORT = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const VI_WEEKDAY = new Intl.DateTimeFormat('vi-VN', {
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

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
 * Today at UTC midnight, content dates being calendar days: the day of `now` when given, and
 * otherwise the day the site is built for (`buildDay`: `BUILD_DATE` when set, Vietnam's day
 * otherwise), so that a story dated today is published by the morning rebuild in Vietnam.
 */
export function today(now?: Date): Date {
  if (!now) return buildDay();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Vietnam's one time zone: a build at 05:00 there is 22:00 the day before in UTC. */
export const SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar day in a time zone, at UTC midnight like every content date. */
export function dayIn(timeZone: string, now = new Date()): Date {
  return new Date(
    `${new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)}T00:00:00Z`,
  );
}

/**
 * The day the site is built for: `BUILD_DATE` (YYYY-MM-DD) when set, today in Vietnam otherwise. Which
 * bulletins are "upcoming" is decided at build time, so tests (and a rebuild of a past day)
 * set the clock here instead of waiting for the calendar.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const value = env.BUILD_DATE?.trim();
  if (!value) return dayIn(SITE_TIME_ZONE, now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || isoDate(date) !== value) {
    throw new Error(
      `BUILD_DATE="${value}" không phải ngày hợp lệ. Viết dạng NNNN-TT-NN, ví dụ 2026-12-19, hoặc bỏ biến này để dùng ngày hôm nay.`,
    );
  }
  return date;
}
