import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './built-site.ts';

/** The file a site path is served from: `/a/` → `dist/a/index.html`, `/rss.xml` → `dist/rss.xml`. */
export function fileOf(path: string, root = dist): string {
  const clean = decodeURIComponent(path);
  const file = join(root, clean);
  return clean.endsWith('/') || (existsSync(file) && statSync(file).isDirectory()) ? join(file, 'index.html') : file;
}

/** Addresses a page links to or loads: href, src and every srcset candidate. */
export function referencesIn(html: string): string[] {
  const refs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  for (const [, set] of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    refs.push(
      ...set!
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean),
    );
  }
  return refs.map((ref) => ref.replace(/&amp;/g, '&'));
}

export interface Crawl {
  /** Pages reached by following links from the home page, as site paths. */
  pages: string[];
  /** Every internal address reached (pages, pictures, styles, files). */
  reached: Set<string>;
  /** Internal addresses that some page refers to and that have no file: "address (from page)". */
  broken: string[];
}

const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/**
 * Follows links through the built files, from the home page, the way a visitor would:
 * same-site addresses only, without the query and fragment.
 */
export function crawlFromHome(root = dist, origin = 'https://crawl.invalid'): Crawl {
  const reached = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const html = readFileSync(fileOf(page, root), 'utf8');
    for (const ref of referencesIn(html)) {
      if (/^(mailto|tel|data|javascript):/.test(ref)) continue;
      const url = new URL(ref, origin + page);
      if (url.origin !== origin) continue;
      const path = url.pathname;
      if (reached.has(path)) continue;
      reached.add(path);
      if (!existsSync(fileOf(path, root))) {
        broken.push(`${path} (từ ${page})`);
        continue;
      }
      if (isPage(path)) queue.push(path);
    }
  }
  return { pages: [...reached].filter((path) => isPage(path) && existsSync(fileOf(path, root))).sort(), reached, broken };
}
