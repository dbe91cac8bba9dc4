// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import staticHeaders from './src/integrations/static-headers.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://guongsang.quanglac.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx(), staticHeaders()],
  // Astro hashes whatever it inlines into a <meta> policy; the HTTP policy in dist/_headers
  // (src/integrations/static-headers.ts) is static because no page inlines scripts or styles.
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
});
