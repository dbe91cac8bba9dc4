/**
 * What may be shown publicly. A person who withdraws consent disappears from every page,
 * the search index, RSS, the sitemap and the scripts: all of them read these lists, so
 * filtering once here covers every output.
 */

interface Ref {
  id: string;
}
export interface ExemplarLike {
  id: string;
  data: { consent?: { withdrawn?: unknown } | undefined };
}
export interface PracticeLike {
  id: string;
  data: { exemplars: readonly Ref[] };
}
export interface ScriptLike {
  id: string;
  data: { status: string; exemplars: readonly Ref[]; practices: readonly Ref[] };
}

export const isWithdrawn = (exemplar: ExemplarLike) => Boolean(exemplar.data.consent?.withdrawn);

export function selectPublished<E extends ExemplarLike, P extends PracticeLike, S extends ScriptLike>(all: {
  exemplars: readonly E[];
  practices: readonly P[];
  scripts: readonly S[];
}): { exemplars: E[]; practices: P[]; scripts: S[] } {
  const exemplars = all.exemplars.filter((e) => !isWithdrawn(e));
  const shownExemplars = new Set(exemplars.map((e) => e.id));
  const practices = all.practices.filter((p) => p.data.exemplars.every((r) => shownExemplars.has(r.id)));
  const shownPractices = new Set(practices.map((p) => p.id));
  const scripts = all.scripts.filter(
    (s) =>
      s.data.status === 'da-duyet' &&
      s.data.exemplars.every((r) => shownExemplars.has(r.id)) &&
      s.data.practices.every((r) => shownPractices.has(r.id)),
  );
  return { exemplars, practices, scripts };
}
