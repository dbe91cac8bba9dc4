/**
 * The HTTP headers the site needs from its host: a Content-Security-Policy, the usual
 * hardening headers and cache rules. One source for `dist/_headers` (Netlify, Cloudflare
 * Pages and the test server) and the nginx example in docs/, so the two cannot disagree.
 *
 * Hosts merge every rule whose pattern matches a path and join repeated header names with a
 * comma. Two Content-Security-Policy values joined that way are both enforced, so the
 * search page's extra permission would be cancelled by the general policy. The rules are
 * therefore written so that no two rules that match the same path set the same header:
 * headers shared by everything go on `/*`, policy and caching go on one rule per top-level
 * section of the built site.
 */
import type { HeaderRule } from './headers-file.ts';

/** Sections that run Pagefind's WebAssembly: the search page and Pagefind's own files (its worker takes its policy from its own response). */
export const WASM_SECTIONS = ['/tim-kiem/', '/pagefind/'] as const;

/** Sections whose form composes an e-mail in the reader's own mail app (a mailto: form): nominations. */
export const MAILTO_FORM_SECTIONS = ['/de-xuat/'] as const;

/** Built files that carry a content hash in their name and never change. */
export const IMMUTABLE_SECTIONS = ['/_astro/'] as const;

const BASE_DIRECTIVES: readonly [string, ...string[]][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The policy as a host sends it. `wasm` adds 'wasm-unsafe-eval' to script-src, for Pagefind;
 * `mailto` lets a form hand its fields to the mail app (form-action 'self' alone blocks it).
 */
export function contentSecurityPolicy({ wasm = false, mailto = false } = {}): string {
  return BASE_DIRECTIVES.map(([name, ...sources]) =>
    [
      name,
      ...sources,
      ...(wasm && name === 'script-src' ? ["'wasm-unsafe-eval'"] : []),
      ...(mailto && name === 'form-action' ? ['mailto:'] : []),
    ].join(' '),
  ).join('; ');
}

export const COMMON_HEADERS: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const CACHE = {
  /** Hashed file names: a year, never revalidated. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, Pagefind's unhashed loader and worker: always ask the host whether they changed. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * The rules for a built site whose top level holds `entries` (file and folder names, as
 * `readdir` gives them). Folders become `/name/*`, files `/name`; the home page is `/`.
 */
export function siteHeaderRules(entries: readonly string[]): HeaderRule[] {
  const sections = new Set<string>(['/']);
  for (const entry of entries) {
    if (entry === '_headers' || entry === 'index.html') continue;
    sections.add(entry.includes('.') ? `/${entry}` : `/${entry}/`);
  }
  for (const section of [...WASM_SECTIONS, ...MAILTO_FORM_SECTIONS, ...IMMUTABLE_SECTIONS]) sections.add(section);

  const rules: HeaderRule[] = [{ pattern: '/*', headers: [...COMMON_HEADERS] }];
  for (const section of [...sections].sort()) {
    const wasm = (WASM_SECTIONS as readonly string[]).includes(section);
    const immutable = (IMMUTABLE_SECTIONS as readonly string[]).includes(section);
    const mailto = (MAILTO_FORM_SECTIONS as readonly string[]).includes(section);
    const pattern = section === '/' ? '/' : section.endsWith('/') ? `${section}*` : section;
    const headers: [string, string][] = [['Cache-Control', immutable ? CACHE.immutable : CACHE.revalidate]];
    if (!immutable) headers.push(['Content-Security-Policy', contentSecurityPolicy({ wasm, mailto })]);
    rules.push({ pattern, headers });
    // `/name/*` does not match `/name` itself, which hosts redirect to `/name/`; `/` covers
    // the home page, whose file is `/index.html`.
    if (section === '/') rules.push({ pattern: '/index.html', headers });
  }
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Sinh tự động khi dựng trang (src/lib/deploy/security-headers.ts). Đừng sửa tay.\n';
  return head + rules.map((rule) => [rule.pattern, ...rule.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}
