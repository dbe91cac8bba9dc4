import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, siteHeaderRules } from '#lib/deploy/security-headers.ts';

/**
 * Writes `dist/_headers` once the pages are built: the Content-Security-Policy and cache
 * rules as a static host sends them in HTTP headers. Astro's own `security.csp` only puts a
 * `<meta>` policy in each page, which neither reaches Pagefind's worker nor carries
 * `frame-ancestors`.
 */
export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules = siteHeaderRules(readdirSync(root));
        writeFileSync(`${root}/_headers`, formatHeadersFile(rules));
        logger.info(`Đã ghi _headers: ${rules.length} quy tắc.`);
      },
    },
  };
}
