/**
 * What may be shown publicly. The content checker holds back, before Astro stores them,
 * every entry that names a person who withdrew consent and everything that depends on one
 * (src/lib/content-check/checks/people.ts, src/lib/content/loaders.ts). Here, once, for every
 * page, the search index, RSS, the sitemap and the data files: a story dated after today
 * waits for its day, a script waits for approval, and nothing is shown that links to an
 * entry that is not.
 */
import { SCRIPT_APPROVED } from '#schemas/vocabulary.ts';

interface Ref {
  id: string;
}
export interface ExemplarLike {
  id: string;
  data: { publishedAt: Date };
}
export interface PracticeLike {
  id: string;
  data: { publishedAt: Date; exemplars: readonly Ref[] };
}
export interface ScriptLike {
  id: string;
  data: { status: string; exemplars: readonly Ref[]; practices: readonly Ref[] };
}

/** `today` at UTC midnight (src/lib/text/dates.ts): a story dated today is published today. */
export const isDue = (entry: { data: { publishedAt: Date } }, today: Date) => entry.data.publishedAt.getTime() <= today.getTime();

export function selectPublished<E extends ExemplarLike, P extends PracticeLike, S extends ScriptLike>(
  all: { exemplars: readonly E[]; practices: readonly P[]; scripts: readonly S[] },
  today: Date,
): { exemplars: E[]; practices: P[]; scripts: S[] } {
  const exemplars = all.exemplars.filter((e) => isDue(e, today));
  const shownExemplars = new Set(exemplars.map((e) => e.id));
  const practices = all.practices.filter((p) => isDue(p, today) && p.data.exemplars.every((r) => shownExemplars.has(r.id)));
  const shownPractices = new Set(practices.map((p) => p.id));
  const scripts = all.scripts.filter(
    (s) =>
      s.data.status === SCRIPT_APPROVED &&
      s.data.exemplars.every((r) => shownExemplars.has(r.id)) &&
      s.data.practices.every((r) => shownPractices.has(r.id)),
  );
  return { exemplars, practices, scripts };
}
