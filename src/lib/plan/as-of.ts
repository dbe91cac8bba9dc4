/**
 * What the office may count, and as of which day: the rules shared by the progress page and
 * the office's reports (docs/bao-cao.md explains them to the officer).
 *
 * - Sample entries (`sample: true`) count only on a sample site (`sample: true` in
 *   content/site.yaml): a commune that adopts the site never reports a made-up exemplar.
 * - As of a day (30 June for the six-month report), an exemplar counts when it was published on
 *   the site or recognised by a decision dated on or before that day; only its recognitions
 *   dated by then count, and only replications dated by then make a practice replicated.
 */

interface Dated {
  date: Date;
}
interface MaybeSample {
  data: { sample?: boolean | undefined };
}
export interface ExemplarAsOf {
  data: { publishedAt: Date; recognitions: readonly Dated[] };
}
export interface PracticeAsOf {
  data: { publishedAt: Date; replications: readonly Dated[] };
}

/** Entries the office counts on this site: sample entries only when the site itself is a sample. */
export const countable = <T extends MaybeSample>(entries: readonly T[], sampleSite: boolean): T[] =>
  sampleSite ? [...entries] : entries.filter((e) => !e.data.sample);

const onOrBefore = (date: Date, day: Date) => date.getTime() <= day.getTime();

/** Exemplars known by `day`, each with only the recognitions dated by then. */
export function exemplarsAsOf<T extends ExemplarAsOf>(exemplars: readonly T[], day: Date): T[] {
  return exemplars.flatMap((e) => {
    const recognitions = e.data.recognitions.filter((r) => onOrBefore(r.date, day));
    if (!onOrBefore(e.data.publishedAt, day) && recognitions.length === 0) return [];
    return [{ ...e, data: { ...e.data, recognitions } }];
  });
}

/** Good practices written down or replicated by `day`, each with only the replications dated by then. */
export function practicesAsOf<T extends PracticeAsOf>(practices: readonly T[], day: Date): T[] {
  return practices.flatMap((p) => {
    const replications = p.data.replications.filter((r) => onOrBefore(r.date, day));
    if (!onOrBefore(p.data.publishedAt, day) && replications.length === 0) return [];
    return [{ ...p, data: { ...p.data, replications } }];
  });
}
