import { beforeEach, describe, expect, it, vi } from 'vitest';

// The report's query layer (src/lib/report/plan-report.ts, plan-progress.ts) with astro:content mocked,
// and site.yaml's `sample` flag set per test.
const collections: Record<string, unknown[]> = {};
const settings = { sample: true };
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));
vi.mock('#lib/site/settings.ts', () => ({
  site: () => ({
    siteName: 'Gương sáng Minh Tiến',
    commune: 'xã Minh Tiến',
    station: 'Đài truyền thanh xã Minh Tiến',
    authority: { name: 'Ủy ban nhân dân xã Minh Tiến', shortName: 'UBND xã Minh Tiến' },
    sample: settings.sample,
  }),
}));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ref = (collection: string, id: string) => ({ collection, id });
const exemplar = (id: string, publishedAt: string, recognitions: string[] = [], sample = false) => ({
  id,
  collection: 'exemplars',
  data: {
    name: `Điển hình ${id}`,
    movement: ref('movements', 'a'),
    unit: ref('units', 'don-vi'),
    year: 2024,
    publishedAt: day(publishedAt),
    recognitions: recognitions.map((d) => ({ form: 'Giấy khen', issuer: 'Chủ tịch UBND xã', date: day(d) })),
    sample,
  },
});
const script = (id: string, airDates: string[], sample = false) => ({
  id,
  collection: 'scripts',
  body: 'Bà con thôn Đông cùng làm đường.',
  data: {
    title: `Bài ${id}`,
    status: 'da-duyet',
    airDates: airDates.map(day),
    exemplars: [ref('exemplars', 'som')],
    practices: [],
    sample,
  },
});

async function load() {
  vi.resetModules();
  return {
    content: await import('#lib/content/queries.ts'),
    progress: await import('#lib/plan/plan-progress.ts'),
    report: await import('#lib/report/plan-report.ts'),
  };
}

beforeEach(() => {
  for (const key of Object.keys(collections)) delete collections[key];
  settings.sample = true;
  collections.units = [{ id: 'don-vi', collection: 'units', data: { name: 'Đơn vị', order: 1 } }];
  collections.movements = [{ id: 'a', collection: 'movements', data: { name: 'Phong trào A', shortName: 'A' } }];
  collections.plans = [
    {
      id: 'ke-hoach-2024',
      collection: 'plans',
      data: {
        year: 2024,
        title: 'Kế hoạch năm 2024',
        issuer: 'Ủy ban nhân dân xã Minh Tiến',
        basis: [],
        sample: false,
        movements: [
          {
            movement: ref('movements', 'a'),
            leadUnits: [ref('units', 'don-vi')],
            minimum: { count: 2, perUnit: false },
            assignment: 'Giao …',
          },
        ],
      },
    },
  ];
  collections.exemplars = [
    exemplar('som', '2024-03-01', ['2024-12-20']),
    exemplar('khen-som', '2024-09-01', ['2024-05-15']),
    exemplar('muon', '2024-10-01'),
    exemplar('mau', '2024-02-01', ['2024-02-10'], true),
  ];
  collections.practices = [
    {
      id: 'cach-lam',
      collection: 'practices',
      data: {
        title: 'Cách làm',
        exemplars: [ref('exemplars', 'som')],
        publishedAt: day('2024-04-01'),
        replications: [{ place: 'Thôn Đoài', date: day('2024-08-01') }],
      },
    },
  ];
  collections.scripts = [
    script('thang-3', ['2024-03-10']),
    script('thang-8', ['2024-08-10', '2024-08-17']),
    script('mau', ['2024-03-10'], true),
  ];
});

describe('the year-end report', () => {
  it('counts what /tien-do/ counts, recognitions and replications of any date included', async () => {
    const { content, progress, report } = await load();
    const plan = (await content.planOfYear(2024))!;
    const year = await report.reportOf(plan, 'nam');
    expect(year.progress).toBe(await progress.progressOf(plan));
    expect(year.progress.rows[0]!.total).toMatchObject({ published: 4, recognised: 3, replicated: 1, met: true });
    expect(year.movements[0]!.exemplars.map((e) => e.id)).toEqual(['khen-som', 'mau', 'muon', 'som']);
    expect(year.broadcasts.map((m) => [m.month, m.bulletins, m.airings])).toEqual([
      [3, 1, 2],
      [8, 2, 2],
    ]);
    expect(year.sample).toBe(true);
  });
});

describe('the six-month report', () => {
  it('counts exemplars published or recognised by 30 June, with only what was dated by then', async () => {
    const { content, report } = await load();
    const half = await report.reportOf((await content.planOfYear(2024))!, '6-thang');
    expect(half.progress.rows[0]!.total).toMatchObject({ published: 3, recognised: 2, replicated: 0 });
    expect(half.movements[0]!.exemplars.map((e) => [e.id, e.recognitions.length])).toEqual([
      ['khen-som', 1],
      ['mau', 1],
      ['som', 0],
    ]);
    expect(half.practices.map((p) => [p.id, p.replications.length])).toEqual([['cach-lam', 0]]);
    expect(half.broadcasts.map((m) => m.month)).toEqual([3]);
  });
});

describe('sample entries', () => {
  it('count only when the site itself is a sample, and a real site with none says nothing of sample figures', async () => {
    settings.sample = false;
    const { content, report } = await load();
    const plan = (await content.planOfYear(2024))!;
    const year = await report.reportOf(plan, 'nam');
    expect(year.progress.rows[0]!.total).toMatchObject({ published: 3, recognised: 2 });
    expect(year.movements[0]!.exemplars.map((e) => e.id)).not.toContain('mau');
    expect(year.broadcasts.map((m) => [m.month, m.airings])).toEqual([
      [3, 1],
      [8, 2],
    ]);
    expect(year.sample).toBe(false);
  });
});
