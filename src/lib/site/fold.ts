/**
 * Vietnamese without tone marks and without đ. Pagefind already matches a query typed
 * without tone marks ("nong thon moi" finds "nông thôn mới") and ranks exact marks first,
 * but đ is a letter of its own, not d with a mark, so "duong" does not find "đường". The
 * search page closes that gap at query time: it also searches the query with each d read
 * as đ, and lists the results of what was typed first. The index does not grow.
 */

/** đ → d, Đ → D; everything else as it is. */
export const foldD = (text: string) => text.replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Tone marks and đ removed: "Đảng ủy" → "Dang uy". */
export const foldVietnamese = (text: string) => foldD(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).normalize('NFC');

/**
 * The query as typed, then the same query with every combination of its d's read as đ
 * ("dien dan" → "dien dan", "đien dan", "dien đan", "đien đan"), at most `max` in all.
 * A query that already has đ in it is taken as the person wrote it.
 */
export function dVariants(query: string, max = 8): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed || /[đĐ]/.test(typed)) return typed ? [typed] : [];
  const positions = [...typed].flatMap((ch, i) => (ch === 'd' || ch === 'D' ? [i] : []));
  const variants = [typed];
  const chars = [...typed];
  const combos = Math.min(2 ** positions.length, max);
  for (let mask = 1; mask < combos; mask++) {
    const next = [...chars];
    positions.forEach((pos, bit) => {
      if (mask & (1 << bit)) next[pos] = next[pos] === 'D' ? 'Đ' : 'đ';
    });
    variants.push(next.join(''));
  }
  return variants;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Results of the typed query first (by score), then those that only a đ reading found (by
 * score), each page once.
 */
export function mergeVariantResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const [typed = [], ...others] = lists;
  const add = (items: readonly T[]) => {
    for (const item of [...items].sort((a, b) => b.score - a.score)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  };
  add(typed);
  add(others.flat());
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when every word of the query appears in the text as a whole word, marks and đ as typed.
 * It looks for each word and checks the characters around it, rather than rewriting the whole
 * page's text first: the search page runs it on ten pages at once, while results arrive.
 */
export function hasExactWords(text: string, query: string): boolean {
  const haystack = text.normalize('NFC').toLocaleLowerCase('vi');
  const words = query
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const whole = (word: string) => {
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
      const before = at === 0 ? '' : haystack[at - 1]!;
      const after = haystack[at + word.length] ?? '';
      if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
    }
    return false;
  };
  return words.length > 0 && words.every(whole);
}

/**
 * Pagefind ranks a page with "hội" about as high as one with "hồi" when someone types "hồi".
 * Within a batch of results, pages with the words exactly as typed come first; the order
 * inside each group is kept.
 */
export function exactFirst<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
  const exact = items.filter((item) => hasExactWords(textOf(item), query));
  return [...exact, ...items.filter((item) => !exact.includes(item))];
}
