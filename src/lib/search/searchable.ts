import { matchesGlob } from 'node:path';

/** The pages Pagefind indexes: the entry pages, not lists, posters or bulletins. */
export const SEARCHABLE = '{dien-hinh,cach-lam-hay,truyen-thanh}/*/index.html';

/**
 * The file a page's address is written to in a build whose pages are folders
 * (`build.format: 'directory'`, Astro's default): `/dien-hinh/a/` is `dien-hinh/a/index.html`.
 * A file's own address (`/lich.ics`) is itself.
 */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export function isSearchable(pathname: string): boolean {
  return matchesGlob(pageFile(pathname), SEARCHABLE);
}

/**
 * The order Astro renders a build's paths in: the searchable pages first, so that the search
 * index can be made while the rest are rendered; then the other pages; files (Word reports,
 * CSV, plain text) last, since building one can hold Astro's event loop for a few hundred
 * milliseconds, which would hold the last searchable pages' writes too. Each group keeps its order.
 */
export function searchableFirst<T extends { pathname: string; route: { type: string } }>(
  paths: readonly T[],
): { paths: T[]; searchable: T[] } {
  const searchable = paths.filter((p) => isSearchable(p.pathname));
  const pages = paths.filter((p) => p.route.type !== 'endpoint' && !isSearchable(p.pathname));
  const files = paths.filter((p) => p.route.type === 'endpoint' && !isSearchable(p.pathname));
  return { paths: [...searchable, ...pages, ...files], searchable };
}
