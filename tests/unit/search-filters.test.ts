import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS } from '#lib/site/search-filters.ts';

describe('search filters', () => {
  it('have distinct names that stand in the search page URL as written', () => {
    const keys = Object.values(SEARCH_FILTERS).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(encodeURIComponent(key)).toBe(key);
  });
});
