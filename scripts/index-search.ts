// npm run build, second step: the search index of a site too large for Pagefind to run beside
// Astro's own memory (src/lib/search/index-job.ts); for any other site `astro build` made it
// already, and this does nothing.
//   node scripts/index-search.ts [site folder]
import { existsSync, globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runPagefind } from '#lib/search/index-job.ts';
import { SEARCHABLE } from '#lib/search/searchable.ts';

const site = resolve(process.argv[2] ?? 'dist');
// Made during the build, or nothing to index (the build said so).
if (existsSync(join(site, 'pagefind', 'pagefind-entry.json')) || globSync(SEARCHABLE, { cwd: site }).length === 0) process.exit(0);
console.log('Lập chỉ mục tìm kiếm sau bản dựng…');
const run = await runPagefind(site);
console.log(run.output.trim());
if (!run.ok) console.error('Pagefind không lập được chỉ mục tìm kiếm (xem các dòng trên).');
process.exit(run.ok ? 0 : 1);
