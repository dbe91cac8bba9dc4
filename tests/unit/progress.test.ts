import { describe, expect, it } from 'vitest';
import { movementProgress, planProgress, replicatedExemplarIds, type CountedExemplar, type TargetLike } from '#lib/plan/progress.ts';
import { PROGRESS_HEADER, progressRows } from '#lib/plan/progress-table.ts';

const movement = (id: string, leadUnits: string[], count: number, perUnit = false): TargetLike => ({
  movementId: id,
  movementName: `Phong trào ${id}`,
  leadUnitIds: leadUnits,
  minimum: { count, perUnit },
});
const exemplar = (id: string, m: string, unit: string, year: number): CountedExemplar => ({
  id,
  data: { movement: { id: m }, unit: { id: unit }, year },
});
const practice = (exemplars: string[], replications: number) => ({
  data: { exemplars: exemplars.map((id) => ({ id })), replications: Array.from({ length: replications }, () => ({})) },
});
const name = (id: string) => `Đơn vị ${id}`;
const recognised = (e: CountedExemplar): CountedExemplar => ({
  ...e,
  data: { ...e.data, recognitions: [{ date: new Date(Date.UTC(e.data.year, 11, 20)) }] },
});

describe('replicatedExemplarIds', () => {
  it('takes the exemplars of practices replicated at least once, and only those', () => {
    const ids = replicatedExemplarIds([practice(['a', 'b'], 1), practice(['c'], 0), practice(['b'], 2)]);
    expect([...ids].sort()).toEqual(['a', 'b']);
  });
});

describe('movementProgress', () => {
  const ntm = movement('ntm', ['ban-ntm'], 2);
  const schools = movement('day-tot', ['mam-non', 'tieu-hoc', 'thcs'], 1, true);

  it('counts only exemplars of this movement in the plan year', () => {
    const list = [exemplar('a', 'ntm', 'ban-ntm', 2023), exemplar('b', 'ntm', 'x', 2022), exemplar('c', 'other', 'ban-ntm', 2023)];
    const { total, units } = movementProgress(ntm, list, new Set(), 2023, name);
    expect(units).toEqual([]);
    expect(total).toMatchObject({ movementId: 'ntm', unitId: null, unitNames: ['Đơn vị ban-ntm'], minimum: 2, published: 1, met: false });
  });

  it('is met when the published count reaches the minimum', () => {
    const list = [exemplar('a', 'ntm', 'ban-ntm', 2023), exemplar('b', 'ntm', 'other-unit', 2023)];
    expect(movementProgress(ntm, list, new Set(), 2023, name).total.met).toBe(true);
  });

  it('counts recognised exemplars (at least one recognition) among those published', () => {
    const list = [
      recognised(exemplar('a', 'ntm', 'ban-ntm', 2023)),
      exemplar('b', 'ntm', 'ban-ntm', 2023),
      recognised(exemplar('old', 'ntm', 'ban-ntm', 2021)),
    ];
    expect(movementProgress(ntm, list, new Set(), 2023, name).total.recognised).toBe(1);
  });

  it('counts replicated exemplars among those published', () => {
    const list = [exemplar('a', 'ntm', 'ban-ntm', 2023), exemplar('b', 'ntm', 'ban-ntm', 2023), exemplar('old', 'ntm', 'ban-ntm', 2021)];
    expect(movementProgress(ntm, list, new Set(['b', 'old']), 2023, name).total.replicated).toBe(1);
  });

  it('sets the minimum per lead unit when the plan says "mỗi đơn vị", and the total is met only when every unit is', () => {
    const list = [
      exemplar('a', 'day-tot', 'mam-non', 2023),
      exemplar('b', 'day-tot', 'mam-non', 2023),
      exemplar('c', 'day-tot', 'tieu-hoc', 2023),
    ];
    const { total, units } = movementProgress(schools, list, new Set(), 2023, name);
    expect(units.map((u) => [u.unitId, u.minimum, u.published, u.met])).toEqual([
      ['mam-non', 1, 2, true],
      ['tieu-hoc', 1, 1, true],
      ['thcs', 1, 0, false],
    ]);
    // Three published against a total of three, but one school has none: not met.
    expect(total).toMatchObject({ minimum: 3, published: 3, met: false });
    expect(units[2]!.unitNames).toEqual(['Đơn vị thcs']);
  });
});

describe('planProgress', () => {
  it("keeps the plan's order of movements, as the plan file lists them", () => {
    const rows = planProgress([movement('b', ['u'], 1), movement('a', ['u'], 1)], [], [], 2023, name);
    expect(rows.map((r) => r.movementId)).toEqual(['b', 'a']);
  });

  it('counts an exemplar only toward the plan of its own year', () => {
    const list = [exemplar('old', 'a', 'u', 2023), exemplar('new', 'a', 'u', 2024)];
    expect(planProgress([movement('a', ['u'], 1)], list, [], 2024, name)[0]!.total.published).toBe(1);
    expect(planProgress([movement('a', ['u'], 1)], list, [], 2025, name)[0]!.total.published).toBe(0);
  });

  it('passes replications through to every movement', () => {
    const rows = planProgress([movement('a', ['u'], 1)], [exemplar('x', 'a', 'u', 2023)], [practice(['x'], 1)], 2023, name);
    expect(rows[0]!.total.replicated).toBe(1);
  });
});

describe('progressRows', () => {
  it('gives one row per movement and one per unit, with as many cells as the header', () => {
    const rows = planProgress(
      [movement('ntm', ['ban-ntm', 'ubnd'], 2), movement('day-tot', ['mam-non', 'thcs'], 1, true)],
      [recognised(exemplar('a', 'day-tot', 'thcs', 2023))],
      [],
      2023,
      name,
    );
    const table = progressRows(rows);
    expect(table).toEqual([
      ['Phong trào ntm', 'Đơn vị ban-ntm; Đơn vị ubnd', 2, 0, 0, 0, 'Chưa đạt'],
      ['Phong trào day-tot', 'Cộng các đơn vị', 2, 1, 1, 0, 'Chưa đạt'],
      ['Phong trào day-tot', 'Đơn vị mam-non', 1, 0, 0, 0, 'Chưa đạt'],
      ['Phong trào day-tot', 'Đơn vị thcs', 1, 1, 1, 0, 'Đạt'],
    ]);
    for (const row of table) expect(row).toHaveLength(PROGRESS_HEADER.length);
  });
});
