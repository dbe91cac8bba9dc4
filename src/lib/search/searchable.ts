import { matchesGlob } from 'node:path';

/** The pages Pagefind indexes: the entry pages, not lists, posters or bulletins. */
export const SEARCHABLE = '{dien-hinh,cach-lam-hay,truyen-thanh}/*/index.html';

/** A path Astro builds: its address and whether its route is a page or a file (an endpoint). */
export interface BuiltPath {
  pathname: string;
  route: { type: string };
}

/**
 * The file a path is written to in a build whose pages are folders (`build.format: 'directory'`,
 * Astro's default), with or without the trailing slash: the page `/dien-hinh/a/` is
 * `dien-hinh/a/index.html`, the file `/lich.ics` is itself.
 */
export function pageFile({ pathname, route }: BuiltPath): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  if (route.type === 'endpoint') return path;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

export const isSearchable = (path: BuiltPath): boolean => matchesGlob(pageFile(path), SEARCHABLE);

/** An address as Astro asks for it and as it lists it, with or without the trailing slash, for matching one with the other. */
export const addressKey = (pathname: string): string => pathname.replace(/\/+$/, '') || '/';

/**
 * The order Astro renders a build's paths in: the searchable pages first, so that the search
 * index can be made while the rest are rendered; then the other pages; files (Word reports,
 * CSV, plain text) last, since building a Word report holds Astro's event loop long enough to
 * delay the last searchable pages' writes too (docs/measurements.md). Each group keeps its order.
 */
export function searchableFirst<T extends BuiltPath>(paths: readonly T[]): { paths: T[]; searchable: T[] } {
  const searchable = paths.filter(isSearchable);
  const pages = paths.filter((p) => p.route.type !== 'endpoint' && !isSearchable(p));
  const files = paths.filter((p) => p.route.type === 'endpoint' && !isSearchable(p));
  return { paths: [...searchable, ...pages, ...files], searchable };
}
