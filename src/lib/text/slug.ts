/**
 * A URL slug from Vietnamese text: diacritics removed, đ written d, lowercase,
 * words joined by hyphens. "Đường làng Ví Dụ" → "duong-lang-vi-du".
 */
export function vietnameseSlug(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug, made unique against those already taken by adding -2, -3… */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base = vietnameseSlug(text) || 'bai-moi';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
