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
  build: { inlineStylesheets: 'never' },
  // Content has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Frontmatter completion in MDX files with the Astro VS Code extension.
  experimental: { contentIntellisense: true },
});
