import { describe, expect, it } from 'vitest';
import { relatedExemplars } from '#lib/content/related.ts';

const e = (id: string, movement: string, village: string | undefined, day: number) => ({
  id,
  data: { movement: { id: movement }, village: village ? { id: village } : undefined, publishedAt: new Date(Date.UTC(2023, 0, day)) },
});

describe('relatedExemplars', () => {
  const all = [e('a', 'm1', 'v1', 1), e('b', 'm1', 'v2', 5), e('c', 'm2', 'v1', 3), e('d', 'm2', 'v1', 9), e('f', 'm1', 'v1', 2)];

  it('lists the same movement first, newest first, then the same village without repeats', () => {
    const related = relatedExemplars(all[0]!, all);
    expect(related.sameMovement.map((x) => x.id)).toEqual(['b', 'f']);
    expect(related.sameVillage.map((x) => x.id)).toEqual(['d', 'c']);
  });

  it('never lists the exemplar itself and respects the limit', () => {
    const related = relatedExemplars(all[3]!, all, 1);
    expect(related.sameMovement.map((x) => x.id)).toEqual(['c']);
    expect(related.sameVillage.map((x) => x.id)).toEqual(['f']);
  });

  it('answers from the list it is given, also when an earlier list was indexed', () => {
    expect(relatedExemplars(all[0]!, all).sameMovement.map((x) => x.id)).toEqual(['b', 'f']);
    const withNewer = [...all, e('g', 'm1', 'v3', 20)];
    expect(relatedExemplars(all[0]!, withNewer).sameMovement.map((x) => x.id)).toEqual(['g', 'b', 'f']);
  });

  it('has no village group for an exemplar without a village', () => {
    expect(relatedExemplars(e('x', 'm3', undefined, 1), all).sameVillage).toEqual([]);
  });
});
