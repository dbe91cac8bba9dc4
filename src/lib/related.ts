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
  const others = all
    .filter((e) => e.id !== exemplar.id)
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
  const sameMovement = others.filter((e) => e.data.movement.id === exemplar.data.movement.id).slice(0, limit);
  const taken = new Set(sameMovement.map((e) => e.id));
  const village = exemplar.data.village?.id;
  const sameVillage = village
    ? others.filter((e) => e.data.village?.id === village && !taken.has(e.id)).slice(0, limit)
    : [];
  return { sameMovement, sameVillage };
}

/** Groups entries by a key, keeping the order the entries came in; keys in first-seen order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
