// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import staticHeaders from './src/integrations/static-headers.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://guongsang.quanglac.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    contentGuard(),
    mdx(),
    // Posters are for printing, not for search engines.
    sitemap({ filter: (page) => !page.includes('/ap-phich/') }),
    staticHeaders(),
  ],
  // Astro hashes whatever it inlines into a <meta> policy; the HTTP policy in dist/_headers
  // (src/integrations/static-headers.ts) is static because no page inlines scripts or styles.
  security: { csp: true },
  // Pages render 4 at a time: about 2 s less per 1,000 entries on 2 cores (npm run bench).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Content has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Frontmatter completion in MDX files with the Astro VS Code extension.
  experimental: { contentIntellisense: true },
});
