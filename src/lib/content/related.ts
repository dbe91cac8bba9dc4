/**
 * Related exemplars for an exemplar page: first those of the same movement, then those of the
 * same village, newest first within each group, never the exemplar itself, each only once.
 */
interface Ref {
  id: string;
}
export interface RelatableExemplar {
  id: string;
  data: { movement: Ref; village?: Ref | undefined; publishedAt: Date };
}

export interface Related<T> {
  sameMovement: T[];
  sameVillage: T[];
}

export function relatedExemplars<T extends RelatableExemplar>(exemplar: T, all: readonly T[], limit = 3): Related<T> {
  const { byMovement, byVillage } = indexOf(all);
  // Look at only as many as could be skipped plus the limit: the exemplar itself, those already shown.
  const firstOf = (group: T[] | undefined, skip: Set<string>) => (group ?? []).slice(0, limit + skip.size).filter((e) => !skip.has(e.id)).slice(0, limit);
  const sameMovement = firstOf(byMovement.get(exemplar.data.movement.id), new Set([exemplar.id]));
  const village = exemplar.data.village?.id;
  const sameVillage = village ? firstOf(byVillage.get(village), new Set([exemplar.id, ...sameMovement.map((e) => e.id)])) : [];
  return { sameMovement, sameVillage };
}

/**
 * Every exemplar page asks about the same list: it is sorted and grouped once, so a page
 * costs the few it shows, not a pass over the whole archive.
 */
const indexes = new WeakMap<readonly RelatableExemplar[], { byMovement: Map<string, RelatableExemplar[]>; byVillage: Map<string, RelatableExemplar[]> }>();
function indexOf<T extends RelatableExemplar>(all: readonly T[]): { byMovement: Map<string, T[]>; byVillage: Map<string, T[]> } {
  let index = indexes.get(all);
  if (!index) {
    const newest = [...all].sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
    index = { byMovement: Map.groupBy(newest, (e) => e.data.movement.id), byVillage: Map.groupBy(newest.filter((e) => e.data.village), (e) => e.data.village!.id) };
    indexes.set(all, index);
  }
  return index as { byMovement: Map<string, T[]>; byVillage: Map<string, T[]> };
}
