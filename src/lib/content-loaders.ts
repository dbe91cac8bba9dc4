import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { heldEntries, stopOnContentErrors } from './content-check/background.ts';
import { renderMdxBody } from './mdx-render.ts';

type GlobOptions = Parameters<typeof glob>[0];
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob loader, once the content check has passed (src/lib/content-check/background.ts),
 * without the entries the checker holds back: a story that names a person who withdrew
 * consent, one dated after today, and what depends on them. They are not stored (one stored
 * by an earlier build is deleted), so neither are their pictures, and no page, list, feed,
 * sitemap or search index can reach them.
 */
export function checkedLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'checked-glob',
    load: async (context) => {
      await stopOnContentErrors();
      const held = await heldEntries(context.collection, fileURLToPath(context.config.root));
      if (held.size === 0) return inner.load(context);
      // Astro lists the pictures and modules to build from the entries stored (content layer,
      // writeAssetImports): an entry never stored, or deleted, brings none.
      const store = new Proxy(context.store, {
        get: (target, key) => (key === 'set' ? (entry: DataEntry) => (held.has(entry.id) ? false : target.set(entry)) : Reflect.get(target, key, target)),
      });
      await inner.load({ ...context, store });
      for (const id of held.keys()) context.store.delete(id);
    },
  };
}

/**
 * The checked glob loader for MDX entries, storing each body as HTML rendered once at load
 * time (src/lib/mdx-render.ts) instead of a module for Vite to compile per entry.
 * @astrojs/mdx still reads the files (frontmatter and body); unchanged files keep their
 * stored HTML from one build to the next, and a change to the renderer renders all again.
 * `keepBody` keeps the MDX source too, for pages that read it; `skip` leaves the collection empty.
 */
export function mdxLoader(options: GlobOptions & { keepBody?: boolean; skip?: () => boolean }): Loader {
  const { keepBody = false, skip, ...globOptions } = options;
  const inner = checkedLoader(globOptions);
  return {
    name: 'mdx-rendered-at-load',
    load: async (context) => {
      // A collection with no file yet (Tày versions): empty, without Astro's warning for an empty glob.
      if (skip?.()) {
        await stopOnContentErrors();
        context.store.clear();
        return;
      }
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
