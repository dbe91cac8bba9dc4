import { describe, expect, it } from 'vitest';
import { selectPublished } from '#lib/content/publication.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const exemplar = (id: string, publishedAt = '2023-12-01') => ({ id, data: { publishedAt: day(publishedAt) } });
const practice = (id: string, exemplars: string[], publishedAt = '2023-12-01') => ({
  id,
  data: { publishedAt: day(publishedAt), exemplars: exemplars.map((e) => ({ id: e })) },
});
const script = (id: string, status: string, exemplars: string[], practices: string[] = []) => ({
  id,
  data: { status, exemplars: exemplars.map((e) => ({ id: e })), practices: practices.map((p) => ({ id: p })) },
});

describe('selectPublished', () => {
  const all = {
    exemplars: [exemplar('a'), exemplar('later', '2035-01-01'), exemplar('c'), exemplar('today', '2026-12-01')],
    practices: [
      practice('pa', ['a']),
      practice('p-later', ['later']),
      practice('p-a-later', ['a', 'later']),
      practice('p-dated-later', ['a'], '2026-12-02'),
    ],
    scripts: [
      script('s-a', 'da-duyet', ['a']),
      script('s-later', 'da-duyet', ['later']),
      script('s-p-later', 'da-duyet', [], ['p-dated-later']),
      script('s-draft', 'ban-nhap', ['a']),
      script('s-c', 'da-duyet', ['c'], ['pa']),
    ],
  };
  const published = selectPublished(all, day('2026-12-01'));

  it('holds a story dated after today until its day, and publishes one dated today', () =>
    expect(published.exemplars.map((e) => e.id)).toEqual(['a', 'c', 'today']));
  it('holds a practice dated later, or of an exemplar not yet published', () =>
    expect(published.practices.map((p) => p.id)).toEqual(['pa']));
  it('publishes only approved scripts, and none about an entry not yet published', () =>
    expect(published.scripts.map((s) => s.id)).toEqual(['s-a', 's-c']));
  it('publishes the held story on its day', () => {
    const then = selectPublished(all, day('2035-01-01'));
    expect(then.exemplars.map((e) => e.id)).toContain('later');
    expect(then.scripts.map((s) => s.id)).toContain('s-later');
  });
});
