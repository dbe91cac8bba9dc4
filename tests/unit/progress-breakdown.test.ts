import { describe, expect, it } from 'vitest';
import {
  breakdown,
  countedIn,
  kindCsvRows,
  NO_VILLAGE,
  villageCsvRows,
  WHOLE_COMMUNE,
  type KindedExemplar,
} from '#lib/plan/progress-breakdown.ts';
import type { ExemplarKind } from '#schemas/vocabulary.ts';

const exemplar = (id: string, kind: ExemplarKind, village: string | undefined, year = 2024, movement = 'a'): KindedExemplar => ({
  id,
  data: { movement: { id: movement }, kind, ...(village ? { village: { id: village } } : {}), year },
});
const villages = [
  { id: 'dong', name: 'Thôn Đông' },
  { id: 'doai', name: 'Thôn Đoài' },
  { id: 'trung', name: 'Thôn Trung' },
];

describe('countedIn', () => {
  it("keeps the exemplars of the plan's year in the plan's movements, as the movement table counts them", () => {
    const list = [
      exemplar('a', 'tap-the', 'dong'),
      exemplar('cu', 'tap-the', 'dong', 2023),
      exemplar('ngoai', 'tap-the', 'dong', 2024, 'khong-trong-ke-hoach'),
    ];
    expect(countedIn(list, 2024, new Set(['a'])).map((e) => e.id)).toEqual(['a']);
  });
});

describe('breakdown', () => {
  const list = [
    exemplar('e1', 'tap-the', 'dong'),
    exemplar('e2', 'ca-nhan', 'dong'),
    exemplar('e3', 'ho-gia-dinh', 'doai'),
    exemplar('e4', 'ca-nhan', undefined),
    exemplar('e5', 'ca-nhan', 'doai'),
  ];

  it('counts each village by kind, every village in order, those with none included', () => {
    const { villages: rows } = breakdown(list, 2024, villages, new Set());
    expect(rows.map((r) => [r.villageId, r.kinds['tap-the'], r.kinds['ca-nhan'], r.kinds['ho-gia-dinh'], r.total])).toEqual([
      ['dong', 1, 1, 0, 2],
      ['doai', 0, 1, 1, 2],
      ['trung', 0, 0, 0, 0],
      [null, 0, 1, 0, 1],
    ]);
    expect(rows.at(-1)!.villageName).toBe(NO_VILLAGE);
  });

  it('adds a row for exemplars of no village only when there are some', () => {
    const { villages: rows } = breakdown(
      list.filter((e) => e.data.village),
      2024,
      villages,
      new Set(),
    );
    expect(rows.map((r) => r.villageId)).toEqual(['dong', 'doai', 'trung']);
  });

  it("gives the commune's total, the sum of the rows, kind by kind", () => {
    const { villages: rows, total } = breakdown(list, 2024, villages, new Set());
    expect(total).toMatchObject({ villageName: WHOLE_COMMUNE, kinds: { 'tap-the': 1, 'ca-nhan': 3, 'ho-gia-dinh': 1 }, total: 5 });
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(total.total);
  });

  it('counts each kind with those of its exemplars whose practice was replicated', () => {
    const { kinds } = breakdown(list, 2024, villages, new Set(['e2', 'e5', 'khac']));
    expect(kinds.map((k) => [k.kind, k.label, k.published, k.replicated])).toEqual([
      ['tap-the', 'Tập thể', 1, 0],
      ['ca-nhan', 'Cá nhân', 3, 2],
      ['ho-gia-dinh', 'Hộ gia đình', 1, 0],
    ]);
  });

  it('stops on a village that is not in the list, naming the exemplar', () => {
    expect(() => breakdown([exemplar('lac', 'tap-the', 'khong-co')], 2024, villages, new Set())).toThrow(/khong-co.*lac/);
  });
});

describe('the CSV rows', () => {
  const result = breakdown([exemplar('e1', 'tap-the', 'dong'), exemplar('e4', 'ca-nhan', undefined)], 2024, villages, new Set(['e1']));

  it('by village: ids and names, one column per kind, the total last', () => {
    expect(villageCsvRows(result)).toEqual([
      ['Mã thôn', 'Thôn', 'Tập thể', 'Cá nhân', 'Hộ gia đình', 'Cộng'],
      ['dong', 'Thôn Đông', 1, 0, 0, 1],
      ['doai', 'Thôn Đoài', 0, 0, 0, 0],
      ['trung', 'Thôn Trung', 0, 0, 0, 0],
      ['', NO_VILLAGE, 0, 1, 0, 1],
      ['', WHOLE_COMMUNE, 1, 1, 0, 2],
    ]);
  });

  it('by kind: one row per kind', () => {
    expect(kindCsvRows(result)).toEqual([
      ['Mã loại', 'Loại điển hình', 'Đã đăng', 'Đã nhân rộng'],
      ['tap-the', 'Tập thể', 1, 1],
      ['ca-nhan', 'Cá nhân', 1, 0],
      ['ho-gia-dinh', 'Hộ gia đình', 0, 0],
    ]);
  });
});
