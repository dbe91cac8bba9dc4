import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDayDate, formatShortDate, isoDate, today } from '../../src/lib/dates.ts';

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
  it('is the clock’s day when BUILD_DATE is unset or empty', () => {
    delete process.env.BUILD_DATE;
    expect(isoDate(today())).toBe(new Date().toISOString().slice(0, 10));
    process.env.BUILD_DATE = '';
    expect(isoDate(today())).toBe(new Date().toISOString().slice(0, 10));
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
