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
 * The same paths with the searchable pages first, each group in its own order, so that the
 * search index can be made while the other pages are still being rendered.
 */
export function searchableFirst<T extends { pathname: string }>(paths: readonly T[]): { paths: T[]; searchable: T[] } {
  const searchable = paths.filter((p) => isSearchable(p.pathname));
  const rest = paths.filter((p) => !isSearchable(p.pathname));
  return { paths: [...searchable, ...rest], searchable };
}
