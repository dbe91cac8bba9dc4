/**
 * Entries the checker holds back although they have no error: the site is built without
 * them (src/lib/content/loaders.ts leaves them out of the content store), so no page, list,
 * feed, sitemap, search index or data file can show them.
 */
import type { Problem } from '../problem.ts';
import type { EntrySource } from '../story-text.ts';

export interface Unpublished {
  collection: string;
  id: string;
  /** Why, in Vietnamese: "ngày đăng 2035-01-01 chưa tới". */
  reason: string;
}

/**
 * What cannot be published once some entries are held: a good practice of a held exemplar,
 * a script about a held exemplar or practice (their pages would link to a page that is not
 * there). Each is reported once, as a warning naming what it waits for.
 */
export function withDependents(
  entries: readonly EntrySource[],
  held: readonly Unpublished[],
): { unpublished: Unpublished[]; problems: Problem[] } {
  const unpublished = [...held];
  const problems: Problem[] = [];
  const isHeld = (collection: string, id: string) => unpublished.some((u) => u.collection === collection && u.id === id);
  for (const [collection, refs] of [
    ['practices', ['exemplars']],
    ['scripts', ['exemplars', 'practices']],
  ] as const) {
    for (const entry of entries) {
      if (entry.collection !== collection || !entry.data || isHeld(collection, entry.id)) continue;
      const waiting = refs.flatMap((ref) =>
        ((entry.data![ref] as string[] | undefined) ?? []).filter((id) => isHeld(ref, id)).map((id) => ({ ref, id })),
      );
      if (waiting.length === 0) continue;
      unpublished.push({ collection, id: entry.id, reason: `gắn với ${waiting.map((w) => w.id).join(', ')} đang được giữ lại` });
      const first = waiting[0]!;
      problems.push({
        file: entry.file,
        line: entry.lineOf([first.ref]),
        field: first.ref,
        severity: 'warning',
        message: `Gắn với ${waiting.map((w) => `"${w.id}"`).join(', ')}, bài đang được giữ lại (${unpublished.find((u) => u.collection === first.ref && u.id === first.id)!.reason}): bài này cũng được giữ lại.`,
        hint: `Bỏ ${waiting.map((w) => w.id).join(', ')} khỏi ${first.ref} nếu bài vẫn đúng khi không có nó; nếu không, bài tự đăng khi bài kia được đăng.`,
      });
    }
  }
  // A Tày or Nùng version waits for its script (content/scripts/<lang>/<script>.mdx).
  for (const entry of entries) {
    if (entry.collection !== 'scriptVersions' || isHeld('scriptVersions', entry.id)) continue;
    const script = entry.id.split('/').pop()!;
    if (isHeld('scripts', script))
      unpublished.push({ collection: 'scriptVersions', id: entry.id, reason: `kịch bản ${script} đang được giữ lại` });
  }
  return { unpublished, problems };
}
