import { afterEach, describe, expect, it } from 'vitest';
import { buildDay, dayIn, formatDate, formatDayDate, formatShortDate, isoDate, SITE_TIME_ZONE, today } from '#lib/text/dates.ts';

const day = new Date(Date.UTC(2023, 11, 20));

describe('dates in vi-VN', () => {
  it('writes the month in words, as Vietnamese readers say it', () => {
    expect(formatDate(day)).toMatch(/^20 tháng 12,? 2023$/);
  });

  it('writes day/month/year with two digits', () => {
    expect(formatShortDate(new Date(Date.UTC(2023, 0, 5)))).toBe('05/01/2023');
  });

  it('capitalises the weekday', () => {
    expect(formatDayDate(day)).toMatch(/^Thứ Tư, 20\/12\/2023$/);
  });

  it('does not move a calendar day across time zones', () => {
    // Midnight UTC is 7 in the morning in Lạng Sơn and the evening before in America.
    expect(formatShortDate(new Date('2023-03-01T00:00:00Z'))).toBe('01/03/2023');
    expect(isoDate(new Date('2023-03-01T00:00:00Z'))).toBe('2023-03-01');
  });

  it('gives today as the UTC calendar day', () => {
    expect(today(new Date('2023-12-20T23:59:00Z')).toISOString()).toBe('2023-12-20T00:00:00.000Z');
  });

  it('builds for the day BUILD_DATE names, and refuses a day that does not exist', () => {
    expect(isoDate(buildDay({ BUILD_DATE: '2027-01-05' }))).toBe('2027-01-05');
    expect(() => buildDay({ BUILD_DATE: '2026-02-30' })).toThrow(/BUILD_DATE="2026-02-30" không phải ngày hợp lệ/);
    expect(() => buildDay({ BUILD_DATE: '19/12/2026' })).toThrow(/NNNN-TT-NN/);
  });

  it('builds for the day in Vietnam when BUILD_DATE is not set', () => {
    // 22:15 UTC on 18 December is 05:15 on 19 December in Vietnam.
    expect(isoDate(buildDay({}, new Date('2026-12-18T22:15:00Z')))).toBe('2026-12-19');
    expect(isoDate(buildDay({ BUILD_DATE: ' ' }, new Date('2026-12-18T10:00:00Z')))).toBe('2026-12-18');
  });
});

describe('today, as a build sees it', () => {
  const saved = process.env.BUILD_DATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.BUILD_DATE;
    else process.env.BUILD_DATE = saved;
  });

  it('is the day BUILD_DATE names, when set', () => {
    process.env.BUILD_DATE = '2035-01-02';
    expect(today().toISOString()).toBe('2035-01-02T00:00:00.000Z');
  });
  it('is the day in Vietnam when BUILD_DATE is unset or empty, as the morning rebuild needs', () => {
    delete process.env.BUILD_DATE;
    expect(isoDate(today())).toBe(isoDate(dayIn(SITE_TIME_ZONE)));
    process.env.BUILD_DATE = '';
    expect(isoDate(today())).toBe(isoDate(dayIn(SITE_TIME_ZONE)));
  });
  it('leaves a day passed in alone', () => {
    process.env.BUILD_DATE = '2035-01-02';
    expect(isoDate(today(new Date('2023-12-20T10:00:00Z')))).toBe('2023-12-20');
  });
  it.each(['2035-02-30', '2035-1-2', '02/01/2035', 'mai'])('refuses BUILD_DATE=%s in Vietnamese', (value) => {
    process.env.BUILD_DATE = value;
    expect(() => today()).toThrow(/BUILD_DATE=.*không phải ngày hợp lệ/);
  });
});
