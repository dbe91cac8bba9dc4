import { describe, expect, it } from 'vitest';
import { airDatesInOrder, groupBulletins, nextAirDate, splitByDay } from '#lib/loudspeaker/bulletin-days.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const s = (id: string, dates: string[], seconds: number) => ({ id, seconds, data: { airDates: dates.map(d) } });

describe('loudspeaker bulletins', () => {
  const scripts = [
    s('a', ['2026-11-27'], 100),
    s('b', ['2023-12-04', '2026-11-27'], 95),
    s('c', ['2026-12-04'], 60),
    s('e', ['2023-12-04'], 30),
  ];
  const bulletins = groupBulletins(scripts, (x) => x.seconds);

  it('groups scripts by air date, one bulletin a day, a script in each of its days', () => {
    expect(bulletins.map((b) => b.id)).toEqual(['2023-12-04', '2026-11-27', '2026-12-04']);
    expect(bulletins[1]!.scripts.map((x) => x.id)).toEqual(['a', 'b']);
    expect(bulletins[0]!.scripts.map((x) => x.id)).toEqual(['b', 'e']);
  });

  it("totals a bulletin's reading time as the sum of its scripts", () => {
    expect(bulletins.map((b) => b.seconds)).toEqual([125, 195, 60]);
  });

  it('puts the next bulletin first and keeps past ones as an archive, latest first', () => {
    const { upcoming, past } = splitByDay(bulletins, d('2026-11-27'));
    expect(upcoming.map((b) => b.id)).toEqual(['2026-11-27', '2026-12-04']);
    expect(past.map((b) => b.id)).toEqual(['2023-12-04']);
    expect(splitByDay(bulletins, d('2027-01-01')).upcoming).toEqual([]);
  });

  it('does not count a script twice when it lists the same day twice', () => {
    const [only] = groupBulletins([s('x', ['2026-11-27', '2026-11-27'], 50)], (x) => x.seconds);
    expect(only!.scripts).toHaveLength(1);
    expect(only!.seconds).toBe(50);
  });

  it("gives a script's next air date, or its last one when all are past", () => {
    expect(nextAirDate(scripts[1]!, d('2024-01-01'))?.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(nextAirDate(scripts[1]!, d('2027-01-01'))?.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it("lists a script's air dates earliest first, leaving the script's own list as written", () => {
    const script = s('x', ['2026-12-04', '2023-12-04', '2026-11-27'], 10);
    expect(airDatesInOrder(script).map((date) => date.toISOString().slice(0, 10))).toEqual(['2023-12-04', '2026-11-27', '2026-12-04']);
    expect(script.data.airDates[0]!.toISOString().slice(0, 10)).toBe('2026-12-04');
  });
});
