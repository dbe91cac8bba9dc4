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
export const urlPath = (file: string, root = dist) =>
  '/' +
  relative(root, file)
    .replace(/\\/g, '/')
    .replace(/(^|\/)index\.html$/, '$1');

/** Every page of a built site (the sample site's by default) as a URL path. */
export const pagePaths = (root = dist) =>
  htmlFiles(root)
    .map((file) => urlPath(file, root))
    .sort();

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
