import { describe, expect, it } from 'vitest';
import { dVariants, exactFirst, foldD, foldVietnamese, hasExactWords, mergeVariantResults } from '#lib/site/fold.ts';

describe('folding Vietnamese', () => {
  it('turns đ and Đ into d and D, and nothing else', () => {
    expect(foldD('Đảng ủy đường')).toBe('Dảng ủy dường');
  });
  it('removes tone marks and đ for comparisons', () => {
    expect(foldVietnamese('Đảng ủy xã Quảng Lạc, nông thôn mới')).toBe('Dang uy xa Quang Lac, nong thon moi');
  });
});

describe('d read as đ', () => {
  it('keeps the typed query first, then every combination of its d as đ', () => {
    expect(dVariants('dien dan')).toEqual(['dien dan', 'đien dan', 'dien đan', 'đien đan']);
    expect(dVariants('Dang uy')).toEqual(['Dang uy', 'Đang uy']);
  });
  it('takes a query with đ as written, and trims spaces', () => {
    expect(dVariants('  đường   làng ')).toEqual(['đường làng']);
    expect(dVariants('nong thon')).toEqual(['nong thon']);
    expect(dVariants('   ')).toEqual([]);
  });
  it('stops at the limit on a query full of d', () => {
    expect(dVariants('d d d d d d', 8)).toHaveLength(8);
  });
});

describe('merging results', () => {
  it('lists the typed query first, then the others by score, each page once', () => {
    const merged = mergeVariantResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [
        { id: 'c', score: 9 },
        { id: 'a', score: 9 },
      ],
      [{ id: 'd', score: 5 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('exact marks first', () => {
  it('finds whole words as typed, marks and đ included', () => {
    expect(hasExactWords('Trồng hồi, quế hữu cơ.', 'hồi')).toBe(true);
    expect(hasExactWords('Hội Nông dân xã', 'hồi')).toBe(false);
    expect(hasExactWords('Đường làng sạch đẹp', 'đường làng')).toBe(true);
    expect(hasExactWords('Đường làng', 'duong')).toBe(false);
    expect(hasExactWords('anything', '  ')).toBe(false);
  });
  it('takes a word only when it stands alone: not inside a longer word, at the edges of the text, after a part of it', () => {
    expect(hasExactWords('hồi', 'hồi')).toBe(true);
    expect(hasExactWords('thuhồi', 'hồi')).toBe(false);
    expect(hasExactWords('hồii 2023', 'hồi')).toBe(false);
    expect(hasExactWords('hồii rồi mới hồi', 'hồi')).toBe(true);
    expect(hasExactWords('(Hồi)', 'hồi')).toBe(true);
    expect(hasExactWords('năm 2023', '202')).toBe(false);
    expect(hasExactWords('năm 2023.', '2023')).toBe(true);
    expect(hasExactWords('Hồi ở thôn', 'hồi thôn')).toBe(true);
    expect(hasExactWords('Hồi ở thônx', 'hồi thôn')).toBe(false);
  });
  it('moves exact pages ahead and keeps the order within each group', () => {
    const pages = ['Chi hội phụ nữ', 'Đồi hồi', 'Hội nông dân', 'Hoa hồi khô'];
    expect(exactFirst(pages, 'hồi', (p) => p)).toEqual(['Đồi hồi', 'Hoa hồi khô', 'Chi hội phụ nữ', 'Hội nông dân']);
  });
});
