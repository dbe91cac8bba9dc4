import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, repeatedHeaders } from '#lib/deploy/headers-file.ts';

describe('_headers', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`);
  it('applies every matching rule and joins a repeated header with a comma, as hosts do', () => {
    expect(headersFor(rules, '/_astro/a.css').get('cache-control')).toBe('no-cache, public, max-age=31536000, immutable');
    expect(repeatedHeaders(rules, '/_astro/a.css')).toEqual(['cache-control']);
    expect(repeatedHeaders(rules, '/phong-trao/')).toEqual([]);
    expect(headersFor(rules, '/_astro/a.css').get('x-content-type-options')).toBe('nosniff');
    expect(headersFor(rules, '/phong-trao/').get('cache-control')).toBe('no-cache');
  });
});
