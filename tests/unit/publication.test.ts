import { describe, expect, it } from 'vitest';
import { selectPublished } from '../../src/lib/publication.ts';

const exemplar = (id: string, withdrawn = false) => ({ id, data: { consent: withdrawn ? { withdrawn: { date: new Date() } } : undefined } });
const practice = (id: string, ...exemplars: string[]) => ({ id, data: { exemplars: exemplars.map((e) => ({ id: e })) } });
const script = (id: string, status: string, exemplars: string[], practices: string[] = []) => ({
  id,
  data: { status, exemplars: exemplars.map((e) => ({ id: e })), practices: practices.map((p) => ({ id: p })) },
});

describe('selectPublished', () => {
  const all = {
    exemplars: [exemplar('a'), exemplar('b', true), exemplar('c')],
    practices: [practice('pa', 'a'), practice('pb', 'b'), practice('pab', 'a', 'b')],
    scripts: [
      script('s-a', 'da-duyet', ['a']),
      script('s-b', 'da-duyet', ['b']),
      script('s-pb', 'da-duyet', [], ['pb']),
      script('s-draft', 'ban-nhap', ['a']),
      script('s-c', 'da-duyet', ['c'], ['pa']),
    ],
  };
  const published = selectPublished(all);

  it('removes a person who withdrew consent', () => expect(published.exemplars.map((e) => e.id)).toEqual(['a', 'c']));
  it('removes practices that tell of a withdrawn person', () => expect(published.practices.map((p) => p.id)).toEqual(['pa']));
  it('publishes only approved scripts, and none about a withdrawn person or hidden practice', () =>
    expect(published.scripts.map((s) => s.id)).toEqual(['s-a', 's-c']));
});
