/**
 * Text still to be written, marked "[Viết …]", "[Ghi …]"… by `npm run new` and
 * `npm run new -- plan <year>`. The checker warns about each; pages show a plan that still has
 * some as being updated rather than printing the brackets.
 */
export const PLACEHOLDER = /\[(Viết|Tả|Ghi|Điền)[^\]]*\]/u;

export interface Placeholder {
  path: (string | number)[];
  text: string;
}

/** Every value still holding a placeholder, with its path (`consent.givenBy`). */
export function placeholdersIn(data: unknown, path: (string | number)[] = []): Placeholder[] {
  if (typeof data === 'string') {
    const match = PLACEHOLDER.exec(data);
    return match ? [{ path, text: match[0] }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholdersIn(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => placeholdersIn(value, [...path, key]));
  return [];
}

/** True when a text is still to be written. */
export const isPlaceholder = (text: string | undefined) => text !== undefined && PLACEHOLDER.test(text);
