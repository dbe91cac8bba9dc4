/**
 * How `npm run serve` (scripts/serve.ts) reads a request's path and where it may send the
 * browser. The request line's target is a path on this site, never a URL of its own: read
 * alone, `//evil.example/` or `/.//x` would name another host, and a Location header that starts
 * with `//` or `/\` sends the browser there. Every redirect this server makes is built here from
 * the path's non-empty segments, so it starts with one `/` and stays on the site.
 */

export interface RequestTarget {
  /** Dot segments resolved (`%2e` included), backslashes read as `/`, the rest as sent. */
  pathname: string;
  search: string;
}

export function requestTarget(url: string | undefined): RequestTarget | undefined {
  if (!url?.startsWith('/')) return undefined;
  // Prefixing an origin makes the URL parser read the whole target as a path.
  const base = 'http://site.invalid';
  if (!URL.canParse(base + url)) return undefined;
  const parsed = new URL(base + url);
  if (parsed.origin !== base) return undefined;
  return { pathname: parsed.pathname, search: parsed.search };
}

/** True when a Location value can only lead to a page of this site. */
export function staysOnSite(location: string): boolean {
  return (
    /^\/(?![/\\])/.test(location) &&
    !/[\\\p{Cc}]/u.test(location) &&
    new URL(location, 'http://site.invalid').origin === 'http://site.invalid'
  );
}

/**
 * The redirect of a folder's address to its slash-ended form (`/tim-kiem` → `/tim-kiem/`), as
 * static hosts do; undefined when the path is not a folder with an index.html. Empty segments
 * are dropped, so `/.//tim-kiem` goes to `/tim-kiem/`, not to the host `tim-kiem`.
 */
export function folderRedirect(target: RequestTarget, hasIndex: (pathname: string) => boolean): string | undefined {
  const segments = target.pathname.split('/').filter(Boolean);
  const last = segments.at(-1);
  if (target.pathname.endsWith('/') || !last || last.includes('.')) return undefined;
  const folder = `/${segments.join('/')}/`;
  if (!hasIndex(folder)) return undefined;
  const location = `${folder}${target.search}`;
  return staysOnSite(location) ? location : undefined;
}
