import { describe, expect, it } from 'vitest';
import { planProgress, type CountedExemplar, type TargetLike } from '#lib/plan/progress.ts';
import { authorityLines, broadcastsByMonth, periodName, placeName, progressTotals, reportPeriod, shortfalls } from '#lib/report/report.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reportPeriod', () => {
  it('stops the six-month report at 30 June and counts its bulletins from 1 January', () => {
    expect(reportPeriod(2024, '6-thang')).toEqual({
      kind: '6-thang',
      year: 2024,
      from: day('2024-01-01'),
      to: day('2024-06-30'),
      asOf: day('2024-06-30'),
    });
    expect(periodName({ kind: '6-thang', year: 2024 })).toBe('6 tháng đầu năm 2024');
  });
  it('gives the year-end report no cut-off, as /tien-do/ has none, and the whole year of bulletins', () => {
    const year = reportPeriod(2024, 'nam');
    expect(year.asOf).toBeUndefined();
    expect([year.from, year.to]).toEqual([day('2024-01-01'), day('2024-12-31')]);
    expect(periodName(year)).toBe('năm 2024');
  });
});

describe('broadcastsByMonth', () => {
  const script = (id: string) => ({ id, data: { title: `Bài ${id}` } });
  const bulletins = [
    { date: day('2023-03-10'), scripts: [script('a'), script('b')] },
    { date: day('2023-03-17'), scripts: [script('a')] },
    { date: day('2023-01-05'), scripts: [script('c')] },
    { date: day('2023-07-01'), scripts: [script('d')] },
    { date: day('2022-12-31'), scripts: [script('e')] },
  ];
  it('counts days on air, scripts read and each script once, month by month, inside the period only', () => {
    expect(broadcastsByMonth(bulletins, day('2023-01-01'), day('2023-06-30'))).toEqual([
      { month: 1, bulletins: 1, airings: 1, scripts: [{ id: 'c', title: 'Bài c' }] },
      {
        month: 3,
        bulletins: 2,
        airings: 3,
        scripts: [
          { id: 'a', title: 'Bài a' },
          { id: 'b', title: 'Bài b' },
        ],
      },
    ]);
  });
  it('includes the last day of the period', () => {
    expect(broadcastsByMonth(bulletins, day('2023-01-01'), day('2023-07-01')).map((m) => m.month)).toEqual([1, 3, 7]);
  });
});

describe('shortfalls and totals', () => {
  const target = (id: string, units: string[], count: number, perUnit = false): TargetLike => ({
    movementId: id,
    movementName: `Phong trào ${id}`,
    leadUnitIds: units,
    minimum: { count, perUnit },
  });
  const exemplar = (id: string, movement: string, unit: string): CountedExemplar => ({
    id,
    data: { movement: { id: movement }, unit: { id: unit }, year: 2023 },
  });
  const rows = planProgress(
    [target('du', ['u'], 1), target('thieu', ['u'], 2), target('truong', ['a', 'b', 'c'], 1, true)],
    [exemplar('1', 'du', 'u'), exemplar('2', 'thieu', 'u'), exemplar('3', 'truong', 'a'), exemplar('4', 'truong', 'a')],
    [],
    2023,
    (id) => `Đơn vị ${id}`,
  );

  it('names each movement below its minimum, and each unit below its own where the minimum is per unit', () => {
    expect(shortfalls(rows)).toEqual([
      { movementId: 'thieu', movementName: 'Phong trào thieu', unitName: null, minimum: 2, published: 1 },
      { movementId: 'truong', movementName: 'Phong trào truong', unitName: 'Đơn vị b', minimum: 1, published: 0 },
      { movementId: 'truong', movementName: 'Phong trào truong', unitName: 'Đơn vị c', minimum: 1, published: 0 },
    ]);
  });

  it('sums the movement rows, never the unit rows twice', () => {
    expect(progressTotals(rows)).toEqual({ minimum: 6, published: 4, recognised: 0, replicated: 0, met: 1, movements: 3 });
  });
});

describe('names in the document head', () => {
  it('writes a commune people’s committee on two lines in capitals', () => {
    expect(authorityLines('Ủy ban nhân dân xã Minh Tiến')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ MINH TIẾN']);
    expect(authorityLines('Uỷ ban nhân dân phường Đông Kinh')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG KINH']);
    expect(authorityLines('Hội đồng Thi đua – Khen thưởng xã')).toEqual(['HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG XÃ']);
  });
  it('dates the document at the commune, without the word "xã"', () => {
    expect(placeName('xã Minh Tiến')).toBe('Minh Tiến');
    expect(placeName('phường Đông Kinh')).toBe('Đông Kinh');
    expect(placeName('Minh Tiến')).toBe('Minh Tiến');
  });
});
