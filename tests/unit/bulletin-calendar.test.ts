import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bulletinCalendar } from '#lib/loudspeaker/bulletin-calendar.ts';
import type { TimedScript } from '#lib/loudspeaker/programme.ts';
import { groupBulletins } from '#lib/loudspeaker/bulletin-days.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const script = (id: string, title: string, dates: string[], seconds: number, versions: TimedScript['versions'] = []) =>
  ({ id, seconds, versions, data: { title, airDates: dates.map(d) } }) as unknown as TimedScript;
const tay = { language: 'tyz', label: 'Tiếng Tày' } as TimedScript['versions'][number];

const bulletins = groupBulletins(
  [
    script('hien-dat', 'Gia đình ông Chiến hiến đất mở đường, lên đồi: “đường mở ra thì cả thôn đi”', ['2026-12-04', '2027-01-08'], 125, [
      tay,
    ]),
    script('hoi-que', 'Hồi, quế hữu cơ; trên đồi nhà ông Điền', ['2027-01-08'], 77),
  ],
  (s) => s.seconds,
);
const site = new URL('https://guongsang.example/');
const text = bulletinCalendar(bulletins, { site, name: 'Bản tin Đài truyền thanh xã mẫu', stamp: d('2026-12-19') });
// A real iCalendar parser (ical.js, Mozilla's, as in Thunderbird) reads what phones will read.
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('the bulletin calendar (.ics)', () => {
  it('has one all-day event per airing, on its day', () => {
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['2026-12-04', true],
      ['2027-01-08', true],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  it('names the calendar, and each event by its scripts and reading time, in Vietnamese', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bản tin Đài truyền thanh xã mẫu');
    expect(events[1]!.summary).toBe('Bản tin truyền thanh: 2 bài, 3 phút 22 giây');
    expect(events[1]!.description).toContain(
      '1. Gia đình ông Chiến hiến đất mở đường, lên đồi: “đường mở ra thì cả thôn đi” (2 phút 05 giây; có bản tiếng Tày)',
    );
    expect(events[1]!.description).toContain('2. Hồi, quế hữu cơ; trên đồi nhà ông Điền (1 phút 17 giây)');
  });

  it('links each event to its reading view', () => {
    expect(events.map((e) => e.component.getFirstPropertyValue('url'))).toEqual([
      'https://guongsang.example/truyen-thanh/ban-tin/2026-12-04/',
      'https://guongsang.example/truyen-thanh/ban-tin/2027-01-08/',
    ]);
    expect(events[0]!.description).toContain('Trang đọc: https://guongsang.example/truyen-thanh/ban-tin/2026-12-04/');
  });

  it('folds lines at 75 octets, with CRLF, as RFC 5545 asks', () => {
    const lines = text.split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
