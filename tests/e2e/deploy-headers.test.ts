import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, onePagePerKind, pagePaths } from './helpers/built-site.ts';
import { headersFor, parseHeadersFile, repeatedHeaders } from '#lib/deploy/headers-file.ts';
import { nginxServerBlock } from '#lib/deploy/nginx-config.ts';
import { CACHE, siteHeaderRules } from '#lib/deploy/security-headers.ts';

// The policy as a host sends it: read dist/_headers, fetch pages from the test server (which
// applies it like Netlify or Cloudflare Pages) and check what arrives in the HTTP headers.
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

const pages = pagePaths();

test('every built page gets one Content-Security-Policy, no inline scripts, and revalidates', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    expect(repeatedHeaders(rules, path), path).toEqual([]);
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(response.headers()['cache-control'], path).toBe(CACHE.revalidate);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(csp.includes('wasm-unsafe-eval'), path).toBe(path.startsWith('/tim-kiem/'));
  }
});

test('hashed assets are cached for a year; Pagefind loader and worker are not', async ({ request }) => {
  const css = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.css'));
  expect(css).toBeTruthy();
  expect((await request.get(`/_astro/${css}`)).headers()['cache-control']).toBe(CACHE.immutable);
  for (const file of ['pagefind.js', 'pagefind-worker.js']) {
    const response = await request.get(`/pagefind/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe(CACHE.revalidate);
    // The worker takes its policy from its own response: it must allow Pagefind's WebAssembly.
    expect(response.headers()['content-security-policy'], file).toContain("'wasm-unsafe-eval'");
  }
});

test('the nginx example matches the built site and sends the same headers as _headers', () => {
  const expected = nginxServerBlock(siteHeaderRules(readdirSync(dist)));
  const committed = readFileSync(join(process.cwd(), 'docs/deploy/nginx.conf'), 'utf8');
  expect(committed, 'docs/deploy/nginx.conf đã cũ: chạy "npm run build && npm run nginx-example"').toBe(expected);
  // Each location's add_header lines equal what _headers gives a path in that location.
  const blocks = [...committed.matchAll(/location (=\s)?(\S+) \{([^}]*)\}/g)];
  expect(blocks.length).toBeGreaterThan(3);
  for (const [, exact, prefix, body] of blocks) {
    const path = exact ? prefix! : `${prefix}khong-co/`;
    const sent = new Map([...body!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n, v]) => [n!.toLowerCase(), v!]));
    expect(sent, `location ${prefix}`).toEqual(headersFor(rules, path));
  }
});

test('the browser reports no Content-Security-Policy violation on any kind of page', async ({ page }) => {
  let violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  for (const path of onePagePerKind()) {
    await test.step(path, async () => {
      violations = [];
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect.soft(violations, path).toEqual([]);
    });
  }
});
