// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import originalPictures from './src/integrations/original-pictures.ts';
import searchIndex from './src/integrations/search-index.ts';
import staticHeaders from './src/integrations/static-headers.ts';
import { siteAddress } from '#lib/site/settings.ts';
import { siteUrl } from '#lib/deploy/site-url.ts';

export default defineConfig({
  site: siteUrl(process.env.SITE_URL, siteAddress()),
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    contentGuard(),
    mdx(),
    // Posters, visit sheets and the office's report drafts are for printing, not for search engines.
    sitemap({
      filter: (page) => !page.includes('/ap-phich/') && !page.includes('/bao-cao/') && !/\/dien-hinh\/[^/]+\/tham-quan\/$/.test(page),
    }),
    // Looks for original pictures while Pagefind may still be indexing: searchIndex's last hook waits for it.
    originalPictures(),
    searchIndex(),
    staticHeaders(),
  ],
  // Astro hashes whatever it inlines into a <meta> policy; the HTTP policy in dist/_headers
  // (src/integrations/static-headers.ts) is static because no page inlines scripts or styles.
  security: { csp: true },
  // Pages render 8 at a time: while one waits for a hash or a file write, another renders
  // (fewer is slower, more no faster: docs/measurements.md).
  build: { inlineStylesheets: 'never', concurrency: 8 },
  // One stylesheet for the whole site: a phone fetches it once and every later page comes
  // from its cache, instead of five to eight small files per page. Astro also hashes each
  // stylesheet link of every page for its policy, so one link is also less build work.
  vite: { build: { cssCodeSplit: false } },
  // Content has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Frontmatter completion in MDX files with the Astro VS Code extension.
  experimental: { contentIntellisense: true },
});
