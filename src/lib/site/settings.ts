import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '#schemas/site.ts';
import { PARSE_OPTIONS } from '../content-check/error-map.ts';

/** Where the commune describes itself: every name a page shows comes from this file. */
export const SITE_FILE = 'content/site.yaml';

/**
 * Reads and validates `content/site.yaml`. The build and `npm run check` report its problems
 * line by line first (src/lib/content-check/); this only has to stop a page from rendering
 * with a hole where the commune's name should be.
 */
export function loadSite(root = process.cwd()): Site {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, SITE_FILE), 'utf8'), { schema: 'core' });
  } catch (error) {
    throw new Error(`${SITE_FILE} chưa đọc được (${(error as Error).message}). Chạy npm run check để xem cách sửa.`, { cause: error });
  }
  const result = siteSchema.safeParse(raw, PARSE_OPTIONS);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(
      `${SITE_FILE} có lỗi ở trường "${first?.path.join('.') ?? ''}": ${first?.message}. Chạy npm run check để xem cách sửa.`,
    );
  }
  return result.data;
}

/** The site address in site.yaml, if the file can be read; the checker reports it otherwise. */
export function siteAddress(root = process.cwd()): string | undefined {
  try {
    return loadSite(root).url;
  } catch {
    return undefined;
  }
}

let loaded: Site | undefined;
/** The commune's site settings, read once per process. */
export function site(): Site {
  loaded ??= loadSite();
  return loaded;
}

/** The issuing body with its place, as documents write it: "Ủy ban nhân dân xã X, thành phố Y". */
export const publisher = (s: Site = site()) => (s.district ? `${s.authority.name}, ${s.district}` : `${s.authority.name}, ${s.province}`);

export const LOCALE = 'vi_VN';

export const NAV = [
  { href: '/phong-trao/', label: 'Phong trào' },
  { href: '/dien-hinh/', label: 'Điển hình' },
  { href: '/cach-lam-hay/', label: 'Cách làm hay' },
  { href: '/truyen-thanh/', label: 'Truyền thanh' },
  { href: '/tien-do/', label: 'Tiến độ' },
] as const;
