// npm run build, second step: Pagefind indexes the entry pages of dist/ (SEARCHABLE). A site with
// no entry yet (a commune that has just removed the sample stories) has nothing to index, and
// Pagefind would stop the build: say so and go on; the search page then says there is nothing yet.
//   node scripts/index-search.ts [site folder]
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEARCHABLE } from './lib/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const pages = globSync(SEARCHABLE, { cwd: site });
if (pages.length === 0) {
  console.log('Chưa có bài nào (điển hình, cách làm hay, kịch bản) để tìm: bỏ qua bước lập chỉ mục tìm kiếm.');
  process.exit(0);
}
const pagefind = join(import.meta.dirname, '../node_modules/.bin/pagefind');
const result = spawnSync(pagefind, ['--site', site, '--glob', SEARCHABLE], { stdio: 'inherit' });
process.exit(result.status ?? 1);
