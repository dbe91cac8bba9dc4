import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SearchIndexJob } from '#lib/search/index-job.ts';
import { searchableFirst } from '#lib/search/searchable.ts';

/**
 * Makes the Pagefind index of the entry pages as part of `astro build`, on the second core
 * while Astro renders the rest: Astro renders the searchable pages first (its prerenderer,
 * wrapped), Pagefind starts when their files are written, and the build waits for it at the
 * end. A site with no entry yet has nothing to index, and says so. `astro dev` has no index.
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
            job = new SearchIndexJob(
              site,
              searchable.map((p) => p.pathname),
            );
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
        if (!job || job.pages === 0) {
          logger.info('Chưa có bài nào (điển hình, cách làm hay, kịch bản) để tìm: bỏ qua bước lập chỉ mục tìm kiếm.');
          return;
        }
        const run = await job.finish();
        if (!run.ok) throw new Error(`Pagefind không lập được chỉ mục tìm kiếm:\n${run.output}`);
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${job.pages} trang.`);
      },
    },
  };
}
