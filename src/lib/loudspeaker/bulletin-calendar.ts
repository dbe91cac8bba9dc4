/**
 * The bulletins as an iCalendar file (RFC 5545), so the station's staff can subscribe on their
 * phones: one all-day event per airing, with its scripts and a link to its reading view.
 * Written by `ical-generator`, which folds long lines and escapes text as the standard wants.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { SCRIPT_LANGUAGE_NAMES } from '#schemas/vocabulary.ts';
import type { Bulletin } from './bulletin-days.ts';
import type { TimedScript } from './programme.ts';
import { formatDayDate } from '../text/dates.ts';
import { formatDuration } from './reading-time.ts';
import { paths } from '../site/urls.ts';

export interface CalendarOptions {
  /** The site's address: event links are absolute. */
  site: URL;
  /** Calendar name, e.g. "Bản tin Đài truyền thanh xã …". */
  name: string;
  /** When the file was made (DTSTAMP): the build day. */
  stamp: Date;
}

/** "Bản tin truyền thanh: 3 bài, 9 phút 05 giây" */
export const bulletinSummary = (bulletin: Bulletin<TimedScript>) =>
  `Bản tin truyền thanh: ${bulletin.scripts.length} bài, ${formatDuration(bulletin.seconds)}`;

/** The scripts of a bulletin in order, with their other languages, one a line. */
export function bulletinContents(bulletin: Bulletin<TimedScript>): string[] {
  return bulletin.scripts.map((s, i) => {
    const versions = s.versions.length ? `; có bản ${s.versions.map((v) => `tiếng ${SCRIPT_LANGUAGE_NAMES[v.language]}`).join(', ')}` : '';
    return `${i + 1}. ${s.data.title} (${formatDuration(s.seconds)}${versions})`;
  });
}

export function bulletinCalendar(bulletins: readonly Bulletin<TimedScript>[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: 'Lịch phát các bản tin trên loa truyền thanh: mỗi ngày phát một sự kiện, kèm các bài và đường dẫn tới trang đọc.',
    prodId: { company: options.site.hostname, product: 'ban-tin-truyen-thanh', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL(paths.bulletinCalendar(), options.site).href,
    // Calendar apps fetch the file again each day, as the site is rebuilt daily.
    ttl: 24 * 60 * 60,
  });
  for (const bulletin of bulletins) {
    const url = new URL(paths.bulletin(bulletin.id), options.site).href;
    calendar.createEvent({
      id: `ban-tin-${bulletin.id}@${options.site.hostname}`,
      start: bulletin.date,
      allDay: true,
      stamp: options.stamp,
      summary: bulletinSummary(bulletin),
      description: [
        `Bản tin ${formatDayDate(bulletin.date)}:`,
        ...bulletinContents(bulletin),
        '',
        `Trang đọc: ${url}`,
        `Bản chữ trơn: ${new URL(paths.bulletinText(bulletin.id), options.site).href}`,
      ].join('\n'),
      url,
    });
  }
  return calendar.toString();
}
