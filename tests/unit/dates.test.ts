import { describe, expect, it } from 'vitest';
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
