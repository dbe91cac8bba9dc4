/**
 * The yardstick for `npm run bench`: the same synthetic entries built as a bare Astro site, the
 * way Astro's documentation builds a blog. Glob loaders over the MDX files with a schema that
 * takes anything, one `[...id].astro` route per collection whose pages call `render(entry)` and
 * show `<Content />` (each body compiled by @astrojs/mdx), then Pagefind over every page. No
 * layout, lists, pictures, posters or checks: what any site with these entries would pay.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkPackages } from '../lib/site-copy.ts';
import type { SyntheticFile } from './synthetic.ts';

/** The collections the bare site publishes: the synthetic files' folders with MDX bodies. */
const COLLECTIONS = ['exemplars', 'practices', 'scripts'] as const;

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://example.org', integrations: [mdx()] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.mdx', base: \`./content/\${folder}\` }), schema: z.looseObject({ title: z.string() }) });

export const collections = { ${COLLECTIONS.map((c) => `${c}: entries('${c}')`).join(', ')} };
`;

const page = (collection: string) => `---
import type { GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('${collection}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** Makes `dir` the bare site of the synthetic files that have MDX bodies. */
export function makeBareSite(dir: string, files: readonly SyntheticFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', `${JSON.stringify({ name: 'bench-bare-site', private: true, type: 'module' }, null, 2)}\n`);
  write('astro.config.mjs', CONFIG);
  write('src/content.config.ts', CONTENT_CONFIG);
  for (const collection of COLLECTIONS) write(`src/pages/${collection}/[...id].astro`, page(collection));
  for (const file of files) if (COLLECTIONS.some((c) => file.path.startsWith(`${c}/`))) write(`content/${file.path}`, file.text);
  linkPackages(dir);
}
