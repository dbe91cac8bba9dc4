import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedContentFiles, heldIn } from '../content-check/background.ts';
import { FORMAT, digestOf, discoverContentFiles, folderOf, readContentFile, type ContentFile, type FileRead, type LoadedCollection } from './files.ts';
import { parseContentFile } from '../content-check/frontmatter.ts';
import { FILE_FIELD, formatProblem } from '../content-check/problem.ts';
import { renderMdxBody } from './mdx-render.ts';

type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * A collection's loader: the files of the one list that the content check reads
 * (src/lib/content/files.ts), once the check has passed (src/lib/content-check/background.ts).
 * In a build each file comes read and parsed by the check itself (read once, parsed once, its
 * frontmatter then validated by Astro against the collection's schema); without a check (dev)
 * the loader reads it as the checker does. Drafts (`_name`)
 * are not in the list; neither is any file the check refused, nor an entry it holds back (a
 * story naming a person who withdrew consent, one dated after today, what depends on them):
 * one stored by an earlier build is deleted, so no page, list, feed or picture can show it.
 */
export function checkedLoader(collection: LoadedCollection): Loader {
  return {
    name: 'checked-content-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const files = await checkedContentFiles(root, collection);
      const listed = new Set<string>();
      for (const file of files) {
        listed.add(file.id);
        await syncFile(context, root, file);
      }
      for (const id of context.store.keys()) if (!listed.has(id)) context.store.delete(id);
      if (context.watcher) watch(context, root, collection);
    },
  };
}

/**
 * Stores one file (unless unchanged); false when it cannot be read as the checker reads it. In a
 * build the file comes read and parsed by the content check (its `read`): it is not read again.
 */
async function syncFile(context: LoaderContext, root: string, file: ContentFile): Promise<boolean> {
  const { store, logger } = context;
  const path = join(root, file.file);
  const read = file.read ?? readHere(path, file);
  if ('problem' in read) {
    // Only reached without a background check (dev): the build has stopped on it already.
    logger.error(formatProblem({ file: file.file, field: FILE_FIELD, severity: 'error', ...read.problem }));
    store.delete(file.id);
    return false;
  }
  const existing = store.get(file.id);
  if (existing?.digest === read.digest && existing.filePath === file.file) return true;
  const data = await context.parseData({ id: file.id, data: (read.data ?? {}) as Record<string, unknown>, filePath: path });
  const mdx = FORMAT[file.collection] === 'mdx';
  store.set({ id: file.id, data, ...(mdx ? { body: read.body, deferredRender: true } : {}), filePath: file.file, digest: read.digest });
  return true;
}

/** Without a content check that read the file (npm run dev), the loader reads it as the checker does. */
function readHere(path: string, file: ContentFile): FileRead | { problem: NonNullable<ReturnType<typeof readContentFile>['problem']> } {
  const decoded = readContentFile(path);
  if (decoded.problem) return { problem: decoded.problem };
  const parsed = parseContentFile(decoded.text, FORMAT[file.collection]);
  return { digest: digestOf(decoded.text), data: parsed.data, body: parsed.body };
}

/** While editing (npm run dev): any change in the collection's folder reads the list again. */
function watch(context: LoaderContext, root: string, collection: LoadedCollection): void {
  const watcher = context.watcher!;
  const folder = join(root, 'content', folderOf(collection));
  // Scripts and their versions share a folder: the scripts' loader names refused files.
  const namesRefused = folderOf(collection) === collection;
  watcher.add(folder);
  const onChange = async (changed: string) => {
    const inside = relative(folder, changed);
    if (inside === '' || inside.split(sep)[0] === '..') return;
    const name = relative(root, changed).split(sep).join('/');
    try {
      const found = discoverContentFiles(root, [folderOf(collection)]);
      const held = await heldIn(root, collection);
      const entries = found.entries.filter((f) => f.collection === collection && !held.has(f.id));
      const file = entries.find((f) => f.file === name);
      const synced = file ? await syncFile(context, root, file) : false;
      const listed = new Set(entries.map((f) => f.id));
      for (const id of context.store.keys()) if (!listed.has(id)) context.store.delete(id);
      const refused = namesRefused ? found.problems.find((p) => p.file === name) : undefined;
      if (refused) context.logger.error(formatProblem(refused));
      else if (found.drafts.some((f) => f.file === name && f.collection === collection)) context.logger.info(`${name}: bản nháp, không hiện trên trang.`);
      else if (synced) context.logger.info(`Đã đọc lại ${name}`);
    } catch (error) {
      context.logger.error(`Không đọc lại được ${name}: ${(error as Error).message}`);
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

/**
 * The checked loader for MDX entries, storing each body as HTML rendered once at load
 * time (src/lib/content/mdx-render.ts) instead of a module for Vite to compile per entry.
 * Unchanged files keep their stored HTML from one build to the next, and a change to the
 * renderer renders all again.
 * `keepBody` keeps the MDX source too, for pages that read it.
 */
export function mdxLoader(collection: LoadedCollection, { keepBody = false }: { keepBody?: boolean } = {}): Loader {
  const inner = checkedLoader(collection);
  return {
    name: 'mdx-rendered-at-load',
    load: async (context) => {
      const renderer = context.generateDigest(rendererSource());
      if (context.meta.get('renderer') !== renderer) {
        context.store.clear();
        context.meta.set('renderer', renderer);
      }
      const store = context.store;
      const set = (entry: DataEntry) => {
        if (!entry.deferredRender || entry.body === undefined) return store.set(entry);
        const { deferredRender: _compiledLater, body, ...rest } = entry;
        // The source stays in the store only where a page reads it (scripts' plain text):
        // the store is written to disk and bundled, and a body is as large as its HTML.
        return store.set({ ...rest, ...(keepBody ? { body } : {}), rendered: renderMdxBody(body, entry.filePath) });
      };
      const rendering = new Proxy(store, {
        get: (target, key) => (key === 'set' ? set : Reflect.get(target, key, target)),
      });
      await inner.load({ ...context, store: rendering });
    },
  };
}

/** The renderer's code and Sätteri's version: what the stored HTML depends on besides the file. */
function rendererSource(): string {
  const satteri = join(dirname(createRequire(import.meta.url).resolve('satteri')), '../package.json');
  return readFileSync(fileURLToPath(new URL('./mdx-render.ts', import.meta.url)), 'utf8') + readFileSync(satteri, 'utf8');
}
