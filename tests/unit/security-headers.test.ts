import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, repeatedHeaders } from '#lib/deploy/headers-file.ts';
import { CACHE, contentSecurityPolicy, formatHeadersFile, siteHeaderRules } from '#lib/deploy/security-headers.ts';

const entries = [
  '_astro',
  'de-xuat',
  'dien-hinh',
  'phong-trao',
  'tim-kiem',
  'pagefind',
  'index.html',
  '404.html',
  'rss.xml',
  'tien-do.csv',
  'chia-se.png',
];
const rules = parseHeadersFile(formatHeadersFile(siteHeaderRules(entries)));
const paths = [
  '/',
  '/index.html',
  '/de-xuat/',
  '/dien-hinh/a/',
  '/phong-trao/',
  '/tim-kiem/',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-worker.js',
  '/_astro/x.123.css',
  '/404.html',
  '/rss.xml',
  '/tien-do.csv',
];

describe('security headers for the built site', () => {
  it('never lets two rules set the same header on one path, so hosts do not join two policies', () => {
    for (const path of paths) expect(repeatedHeaders(rules, path), path).toEqual([]);
  });

  it('keeps inline scripts out everywhere and allows WebAssembly only where Pagefind runs', () => {
    for (const path of paths.filter((p) => !p.startsWith('/_astro/'))) {
      const csp = headersFor(rules, path).get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain("'unsafe-eval'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      const wasm = path.startsWith('/tim-kiem/') || path.startsWith('/pagefind/');
      expect(csp.includes("'wasm-unsafe-eval'"), path).toBe(wasm);
    }
  });

  it('caches hashed assets for a year and makes pages and Pagefind loader revalidate', () => {
    expect(headersFor(rules, '/_astro/x.123.css').get('cache-control')).toBe(CACHE.immutable);
    for (const path of ['/', '/dien-hinh/a/', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/rss.xml']) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe(CACHE.revalidate);
    }
  });

  it('sends the hardening headers on every path', () => {
    for (const path of paths) {
      const headers = headersFor(rules, path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), path).toContain('camera=()');
    }
  });

  it('lets only the nomination page hand a form to the mail app', () => {
    for (const path of paths.filter((p) => !p.startsWith('/_astro/'))) {
      const formAction = /form-action ([^;]+)/.exec(headersFor(rules, path).get('content-security-policy') ?? '')?.[1];
      expect(formAction, path).toBe(path.startsWith('/de-xuat/') ? "'self' mailto:" : "'self'");
    }
  });

  it('adds the WebAssembly permission to script-src only', () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy()).not.toContain('wasm');
  });
});
