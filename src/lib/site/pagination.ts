import type { Crumb } from './breadcrumbs.ts';

/**
 * Long lists are cut into pages so that a listing stays within a phone's budget however
 * large the archive grows (docs/features.md, "What residents see"). Page 1 keeps
 * the list's own address, page n is at `<list>/<n>/`, as Astro's paginate() writes them.
 */
export const PAGE_SIZE = 24;

/** The address of page `n` of a list whose first page is at `first` (with a trailing slash). */
export function pageUrl(first: string, n: number): string {
  return n <= 1 ? first : `${first}${n}/`;
}

export type PageLink = { kind: 'page'; number: number; href: string; current: boolean } | { kind: 'gap' };

/** Numbered links: the first and last page, the current one and its neighbours, gaps between. */
export function pageLinks(first: string, current: number, last: number): PageLink[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  const links: PageLink[] = [];
  shown.forEach((n, i) => {
    const before = shown[i - 1];
    if (before !== undefined && n - before === 2) links.push(page(first, before + 1, current));
    else if (before !== undefined && n - before > 2) links.push({ kind: 'gap' });
    links.push(page(first, n, current));
  });
  return links;
}

const page = (first: string, number: number, current: number): PageLink => ({
  kind: 'page',
  number,
  href: pageUrl(first, number),
  current: number === current,
});

/** "Trang 2" after a page's title, so tabs, history and search results tell pages apart. */
export function pageTitle(title: string, current: number): string {
  return current > 1 ? `${title} (trang ${current})` : title;
}

/** The breadcrumbs of page `current` of a list: past page 1, the list links back to its start. */
export function pageCrumbs(items: readonly Crumb[], first: string, current: number): Crumb[] {
  if (current <= 1) return [...items];
  const last = items.at(-1);
  return [...items.slice(0, -1), ...(last ? [{ label: last.label, href: first }] : []), { label: `Trang ${current}` }];
}
