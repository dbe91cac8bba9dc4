import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagefindWarnings, SearchIndexJob } from '#lib/search/index-job.ts';
import { searchableFirst } from '#lib/search/searchable.ts';

/**
 * Makes the Pagefind index of the entry pages as part of `astro build`, on the second core
 * while Astro renders the rest: Astro renders the searchable pages first (its prerenderer,
 * wrapped), Pagefind starts when their files are written, and the build waits for it at the
 * end. Should another integration's prerenderer take the place of the wrapped one, the index is
 * made after the build from the pages written. Where Pagefind would not fit in memory beside
 * Astro, `npm run build`'s second step makes it (scripts/index-search.ts). A site with no entry
 * yet has nothing to index, and says so. `astro dev` has no index.
 */
export default function searchIndex(): AstroIntegration {
  let site = '';
  let job: SearchIndexJob | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          ...base,
          name: 'search-index',
          async getStaticPaths() {
            const { paths, searchable } = searchableFirst(await base.getStaticPaths());
            job = new SearchIndexJob(site, searchable);
            return paths;
          },
          async render(request, options) {
            const response = await base.render(request, options);
            job?.rendered(decodeURI(new URL(request.url).pathname));
            return response;
          },
        }));
      },
      'astro:build:done': async ({ logger }) => {
        const index = job ?? SearchIndexJob.ofWrittenSite(site);
        if (index.pages === 0) {
          logger.info('Chưa có bài nào (điển hình, cách làm hay, kịch bản) để tìm: bỏ qua bước lập chỉ mục tìm kiếm.');
          return;
        }
        const run = await index.finish();
        if (!run) {
          logger.info(
            `Trang có ${index.pages} bài để tìm: chỉ mục tìm kiếm được lập sau khi Astro xong (bước thứ hai của npm run build), để Astro và Pagefind không cùng giữ bộ nhớ.`,
          );
          return;
        }
        if (!run.ok) throw new Error(`Pagefind không lập được chỉ mục tìm kiếm:\n${run.output}`);
        const warnings = pagefindWarnings(run.output);
        if (warnings) logger.warn(`Pagefind báo:\n${warnings}`);
        if (run.found !== undefined && run.found < index.pages)
          logger.warn(
            `Pagefind chỉ thấy ${run.found} trong ${index.pages} trang cần tìm được: có trang không được ghi ra dist/.\n${run.output}`,
          );
        logger.info(`Đã lập chỉ mục tìm kiếm: ${run.indexed ?? index.pages} trang.`);
      },
    },
  };
}
