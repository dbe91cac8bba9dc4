/** Where the site is published when neither SITE_URL nor site.yaml's url says: an address that is nobody's. */
export const EXAMPLE_SITE_URL = 'https://guongsang.example';

/**
 * The site's public address: SITE_URL when set, else `url` in content/site.yaml (`fallback`). Every page links from the root (`/dien-hinh/…`), so
 * the site must be served at the root of its address: a GitHub Pages project address such as
 * https://ten.github.io/kho/ would break every link, and is refused here with how to fix it.
 * An empty value counts as unset (a CI variable that was never filled in).
 */
export function siteUrl(value: string | undefined, fallback?: string): string {
  const text = value?.trim() || fallback?.trim() || '';
  if (text === '') return EXAMPLE_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL "${text}" không phải địa chỉ web. Viết đủ, ví dụ: SITE_URL=https://guongsang.tenxa.gov.vn`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${text}" phải bắt đầu bằng https://, ví dụ: https://guongsang.tenxa.gov.vn`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL "${text}" có đường dẫn sau tên miền. Trang phải đặt ở gốc của tên miền (các liên kết bắt đầu từ "/"): ` +
        `dùng một tên miền hoặc tên miền phụ riêng, ví dụ https://guongsang.tenxa.gov.vn, ` +
        `hoặc trên GitHub Pages gắn tên miền riêng cho kho (xem docs/trien-khai.md).`,
    );
  }
  return url.origin;
}
