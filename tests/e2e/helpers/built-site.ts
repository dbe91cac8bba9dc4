import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site that the tests read and the test server serves. */
export const dist = join(process.cwd(), 'dist');

/** Every HTML file in dist/, except the web editor's shell, as absolute file paths. */
export function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path of a built HTML file: `dist/a/b/index.html` → `/a/b/`. */
export const urlPath = (file: string) => '/' + relative(dist, file).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');

/** Every page of the site as a URL path. */
export const pagePaths = () => htmlFiles().map(urlPath).sort();

/**
 * One page of each kind: pages whose paths differ only in their last segment share a
 * template (every exemplar, every village…), so the first of each group stands for it.
 */
export function onePagePerKind(paths = pagePaths()): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const key = segments.length <= 1 ? path : segments.map((s, i) => (i === 0 ? s : '*')).join('/') + (path.endsWith('/') ? '/' : '');
    if (!kinds.has(key)) kinds.set(key, path);
  }
  return [...kinds.values()];
}
