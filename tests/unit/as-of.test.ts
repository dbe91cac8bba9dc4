import { describe, expect, it } from 'vitest';
import { countable, exemplarsAsOf, practicesAsOf } from '#lib/plan/as-of.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const exemplar = (id: string, publishedAt: string, recognitions: string[] = [], sample = false) => ({
  id,
  data: { publishedAt: day(publishedAt), recognitions: recognitions.map((d) => ({ form: 'Giấy khen', date: day(d) })), sample },
});
const practice = (id: string, publishedAt: string, replications: string[] = []) => ({
  id,
  data: { publishedAt: day(publishedAt), replications: replications.map((d) => ({ place: 'Thôn Đông', date: day(d) })) },
});

describe('countable', () => {
  const list = [exemplar('that', '2023-01-01'), exemplar('mau', '2023-01-01', [], true)];
  it('counts sample entries on a sample site', () => {
    expect(countable(list, true).map((e) => e.id)).toEqual(['that', 'mau']);
  });
  it('leaves sample entries out on a real site', () => {
    expect(countable(list, false).map((e) => e.id)).toEqual(['that']);
  });
});

describe('exemplarsAsOf', () => {
  const june = day('2023-06-30');

  it('keeps an exemplar published by the day, the day itself included', () => {
    expect(exemplarsAsOf([exemplar('a', '2023-06-30'), exemplar('b', '2023-07-01')], june).map((e) => e.id)).toEqual(['a']);
  });

  it('keeps an exemplar published later when a decision recognised it by the day', () => {
    const [kept] = exemplarsAsOf([exemplar('a', '2023-09-01', ['2023-05-15', '2023-12-20'])], june);
    expect(kept?.data.recognitions.map((r) => r.date)).toEqual([day('2023-05-15')]);
  });

  it('drops recognitions dated after the day, so the exemplar is not yet recognised', () => {
    const [kept] = exemplarsAsOf([exemplar('a', '2023-04-01', ['2023-12-20'])], june);
    expect(kept?.data.recognitions).toEqual([]);
  });

  it('does not change the list it is given', () => {
    const list = [exemplar('a', '2023-04-01', ['2023-12-20'])];
    exemplarsAsOf(list, june);
    expect(list[0]!.data.recognitions).toHaveLength(1);
  });
});

describe('practicesAsOf', () => {
  const june = day('2023-06-30');
  it('keeps only replications dated by the day', () => {
    const [kept] = practicesAsOf([practice('p', '2023-03-01', ['2023-06-01', '2023-08-01'])], june);
    expect(kept?.data.replications.map((r) => r.date)).toEqual([day('2023-06-01')]);
  });
  it('keeps a practice written down later when it was replicated by the day, and drops one with neither', () => {
    expect(
      practicesAsOf([practice('later', '2023-09-01', ['2023-05-01']), practice('none', '2023-09-01', ['2023-10-01'])], june).map(
        (p) => p.id,
      ),
    ).toEqual(['later']);
  });
});
