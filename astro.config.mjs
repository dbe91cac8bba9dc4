// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://guongsang.quanglac.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx()],
});
