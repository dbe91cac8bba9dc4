/**
 * A year's exemplars by village and by kind (tập thể, cá nhân, hộ gia đình), beside the
 * movement table of /tien-do/: the exemplars the plan counts, those of its year in one of its
 * movements, so that every table of the page adds up to the same total.
 */
import { EXEMPLAR_KIND_LABELS, EXEMPLAR_KINDS, type ExemplarKind } from '#schemas/vocabulary.ts';

interface Ref {
  id: string;
}
export interface KindedExemplar {
  id: string;
  data: { movement: Ref; kind: ExemplarKind; village?: Ref | undefined; year: number };
}

export type KindCounts = Record<ExemplarKind, number>;

export interface VillageCount {
  /** Null on the row of exemplars that belong to no village, and on the commune's total. */
  villageId: string | null;
  villageName: string;
  kinds: KindCounts;
  total: number;
}

export interface KindCount {
  kind: ExemplarKind;
  label: string;
  published: number;
  /** Exemplars with a good practice replicated somewhere. */
  replicated: number;
}

export interface Breakdown {
  year: number;
  /** Every village in its order; then, if any, the exemplars that belong to no village. */
  villages: VillageCount[];
  /** The whole commune: the sum of the rows above. */
  total: VillageCount;
  kinds: KindCount[];
}

export const NO_VILLAGE = 'Không thuộc thôn nào';
export const WHOLE_COMMUNE = 'Cả xã';

const zero = (): KindCounts => Object.fromEntries(EXEMPLAR_KINDS.map((k) => [k, 0])) as KindCounts;

/** The exemplars a year's plan counts: of that year, in one of the plan's movements. */
export const countedIn = <T extends KindedExemplar>(exemplars: readonly T[], year: number, movementIds: ReadonlySet<string>): T[] =>
  exemplars.filter((e) => e.data.year === year && movementIds.has(e.data.movement.id));

export function breakdown(
  counted: readonly KindedExemplar[],
  year: number,
  villages: readonly { id: string; name: string }[],
  replicated: ReadonlySet<string>,
): Breakdown {
  const row = (villageId: string | null, villageName: string): VillageCount => ({ villageId, villageName, kinds: zero(), total: 0 });
  const rows = new Map(villages.map((v) => [v.id, row(v.id, v.name)]));
  const none = row(null, NO_VILLAGE);
  const total = row(null, WHOLE_COMMUNE);
  for (const e of counted) {
    const village = e.data.village ? rows.get(e.data.village.id) : none;
    if (!village) throw new Error(`Thôn "${e.data.village!.id}" của điển hình "${e.id}" không có trong danh sách thôn.`);
    for (const r of [village, total]) {
      r.kinds[e.data.kind] += 1;
      r.total += 1;
    }
  }
  const kinds = EXEMPLAR_KINDS.map((kind) => {
    const ofKind = counted.filter((e) => e.data.kind === kind);
    return {
      kind,
      label: EXEMPLAR_KIND_LABELS[kind],
      published: ofKind.length,
      replicated: ofKind.filter((e) => replicated.has(e.id)).length,
    };
  });
  return { year, villages: [...rows.values(), ...(none.total > 0 ? [none] : [])], total, kinds };
}

/** The village table as the CSV holds it: ids for joining, names for reading, the commune's total last. */
export function villageCsvRows({ villages, total }: Breakdown): (string | number)[][] {
  const header = ['Mã thôn', 'Thôn', ...EXEMPLAR_KINDS.map((k) => EXEMPLAR_KIND_LABELS[k]), 'Cộng'];
  const line = (r: VillageCount) => [r.villageId ?? '', r.villageName, ...EXEMPLAR_KINDS.map((k) => r.kinds[k]), r.total];
  return [header, ...villages.map(line), line(total)];
}

/** The kind table as the CSV holds it. */
export function kindCsvRows({ kinds }: Breakdown): (string | number)[][] {
  return [['Mã loại', 'Loại điển hình', 'Đã đăng', 'Đã nhân rộng'], ...kinds.map((k) => [k.kind, k.label, k.published, k.replicated])];
}
