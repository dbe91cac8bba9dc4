import { describe, expect, it } from 'vitest';
import { EXAMPLE_SITE_URL, siteUrl } from '#lib/deploy/site-url.ts';

describe('siteUrl', () => {
  it('uses the example address when SITE_URL is unset or empty', () => {
    expect(siteUrl(undefined)).toBe(EXAMPLE_SITE_URL);
    expect(siteUrl('')).toBe(EXAMPLE_SITE_URL);
    expect(siteUrl('  ')).toBe(EXAMPLE_SITE_URL);
  });

  it("falls back to site.yaml's url when SITE_URL is unset or empty, and SITE_URL wins when set", () => {
    expect(siteUrl(undefined, 'https://guongsang.tenxa.gov.vn/')).toBe('https://guongsang.tenxa.gov.vn');
    expect(siteUrl(' ', 'https://guongsang.tenxa.gov.vn')).toBe('https://guongsang.tenxa.gov.vn');
    expect(siteUrl('https://khac.gov.vn', 'https://guongsang.tenxa.gov.vn')).toBe('https://khac.gov.vn');
    expect(() => siteUrl(undefined, 'https://ten.github.io/kho/')).toThrow(/đặt ở gốc của tên miền/);
  });

  it('keeps an address at the root of its domain, without a trailing slash', () => {
    expect(siteUrl('https://guongsang.tenxa.gov.vn')).toBe('https://guongsang.tenxa.gov.vn');
    expect(siteUrl('https://guongsang.tenxa.gov.vn/')).toBe('https://guongsang.tenxa.gov.vn');
    expect(siteUrl('http://localhost:4321')).toBe('http://localhost:4321');
  });

  it('refuses an address with a path, such as a GitHub Pages project address, and says why in Vietnamese', () => {
    expect(() => siteUrl('https://ten.github.io/guong-sang/')).toThrow(/đặt ở gốc của tên miền/);
    expect(() => siteUrl('https://guongsang.tenxa.gov.vn/?a=1')).toThrow(/SITE_URL/);
  });

  it('refuses what is not a web address', () => {
    expect(() => siteUrl('guongsang.tenxa.gov.vn')).toThrow(/không phải địa chỉ web/);
    expect(() => siteUrl('ftp://guongsang.tenxa.gov.vn')).toThrow(/https:\/\//);
  });
});
