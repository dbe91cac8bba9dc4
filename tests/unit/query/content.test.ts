import { beforeEach, describe, expect, it, vi } from 'vitest';

// The query layer (src/lib/content/queries.ts and src/lib/plan/plan-progress.ts) with astro:content mocked, as
// Starlight and starlight-blog test theirs: collections are plain lists set per test.
const collections: Record<string, unknown[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const ref = (collection: string, id: string) => ({ collection, id });
const plan = (year: number, movements: { movement: string; count: number; perUnit?: boolean; units?: string[] }[]) => ({
  id: `ke-hoach-${year}`,
  collection: 'plans',
  data: {
    year,
    shortTitle: `Kế hoạch năm ${year}`,
    movements: movements.map((m) => ({
      movement: ref('movements', m.movement),
      leadUnits: (m.units ?? ['don-vi']).map((u) => ref('units', u)),
      minimum: { count: m.count, perUnit: m.perUnit ?? false, of: 'điển hình tiên tiến' },
      assignment: 'Giao …',
    })),
  },
});
const movement = (id: string) => ({ id, collection: 'movements', data: { name: `Phong trào ${id}`, shortName: id } });
const exemplar = (id: string, m: string, year: number, extra: Record<string, unknown> = {}) => ({
  id,
  collection: 'exemplars',
  data: { movement: ref('movements', m), unit: ref('units', 'don-vi'), year, publishedAt: new Date(Date.UTC(year, 5, 1)), ...extra },
});

async function load() {
  vi.resetModules();
  return { content: await import('#lib/content/queries.ts'), progress: await import('#lib/plan/plan-progress.ts') };
}

beforeEach(() => {
  for (const key of Object.keys(collections)) delete collections[key];
  collections.units = [{ id: 'don-vi', collection: 'units', data: { name: 'Đơn vị', order: 1 } }];
  collections.movements = [movement('a'), movement('b'), movement('c'), movement('cu')];
  collections.plans = [
    plan(2023, [
      { movement: 'cu', count: 1 },
      { movement: 'a', count: 1 },
      { movement: 'b', count: 2 },
    ]),
    plan(2024, [
      { movement: 'b', count: 1 },
      { movement: 'a', count: 1 },
    ]),
  ];
  collections.exemplars = [
    exemplar('e2023', 'a', 2023),
    exemplar('e2024', 'a', 2024),
    exemplar('f2024', 'b', 2024, { publishedAt: new Date(Date.UTC(2024, 8, 1)) }),
    exemplar('sau', 'b', 2024, { publishedAt: new Date(Date.UTC(2099, 0, 1)) }),
  ];
  collections.practices = [];
  collections.scripts = [];
});

describe('plans', () => {
  it('puts the latest year first and calls it the plan in force', async () => {
    const { content } = await load();
    expect((await content.getPlans()).map((p) => p.id)).toEqual(['ke-hoach-2024', 'ke-hoach-2023']);
    expect((await content.getCurrentPlan()).data.year).toBe(2024);
    expect((await content.planOfYear(2023))?.id).toBe('ke-hoach-2023');
    expect(await content.planOfYear(2022)).toBeUndefined();
  });

  it('says so when there is no plan', async () => {
    collections.plans = [];
    const { content } = await load();
    await expect(content.getCurrentPlan()).rejects.toThrow(/Chưa có kế hoạch/);
  });

  it('stops the build when a plan names a movement that has no file', async () => {
    collections.plans = [plan(2024, [{ movement: 'khong-co', count: 1 }])];
    const { content } = await load();
    await expect(content.getMovements()).rejects.toThrow(/khong-co.*plans\/ke-hoach-2024/);
  });
});

describe('movements', () => {
  it('lists each movement once, in the order of the latest plan that has it, then the rest', async () => {
    const { content } = await load();
    expect((await content.getMovements()).map((m) => m.id)).toEqual(['b', 'a', 'cu', 'c']);
  });

  it("gives a plan's movements in its own order, with what it asks of each", async () => {
    const { content } = await load();
    const planned = await content.movementsOfPlan((await content.planOfYear(2023))!);
    expect(planned.map((p) => [p.movement.id, p.order, p.target.minimum.count])).toEqual([
      ['cu', 1, 1],
      ['a', 2, 1],
      ['b', 3, 2],
    ]);
  });

  it('gives the plans of a movement, the latest first', async () => {
    const { content } = await load();
    expect((await content.plansOfMovement('a')).map((p) => p.plan.data.year)).toEqual([2024, 2023]);
    expect((await content.plansOfMovement('c')).length).toBe(0);
  });
});

describe('progress', () => {
  // A story naming a person who withdrew never reaches the collections (src/lib/content/loaders.ts);
  // one dated later than today is in them, and waits for its day.
  it('counts an exemplar toward the plan of its year only, and never one not yet published', async () => {
    const { progress, content } = await load();
    const current = await progress.currentProgress();
    expect(current.year).toBe(2024);
    expect(current.rows.map((r) => [r.movementId, r.total.published, r.total.met])).toEqual([
      ['b', 1, true],
      ['a', 1, true],
    ]);
    const old = await progress.progressOf((await content.planOfYear(2023))!);
    expect(old.rows.map((r) => [r.movementId, r.total.minimum, r.total.published])).toEqual([
      ['cu', 1, 0],
      ['a', 1, 1],
      ['b', 2, 0],
    ]);
  });

  it('gives every year, the latest first', async () => {
    const { progress } = await load();
    expect((await progress.allProgress()).map((p) => p.year)).toEqual([2024, 2023]);
  });
});

describe('exemplars', () => {
  it('leaves out an exemplar dated later than today and sorts the rest newest first', async () => {
    const { content } = await load();
    expect((await content.getExemplars()).map((e) => e.id)).toEqual(['f2024', 'e2024', 'e2023']);
    expect((await content.exemplarsOfMovement('b')).map((e) => e.id)).toEqual(['f2024']);
  });
});
