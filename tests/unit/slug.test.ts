import { describe, expect, it } from 'vitest';
import { uniqueSlug, vietnameseSlug } from '#lib/text/slug.ts';

describe('vietnameseSlug', () => {
  it.each([
    ['Đường làng Nà Chuông', 'duong-lang-na-chuong'],
    ['ĐẢNG ỦY xã Quảng Lạc', 'dang-uy-xa-quang-lac'],
    ['Chi hội Phụ nữ: "5 không, 3 sạch"!', 'chi-hoi-phu-nu-5-khong-3-sach'],
    ['  Nuôi   ong  ', 'nuoi-ong'],
    ['Nguyễn Thị Hường, hộ nghèo vươn lên', 'nguyen-thi-huong-ho-ngheo-vuon-len'],
  ])('%s → %s', (text, expected) => expect(vietnameseSlug(text)).toBe(expected));
});

describe('uniqueSlug', () => {
  it('adds -2, -3… when the slug is taken', () => {
    expect(uniqueSlug('Nuôi ong', new Set())).toBe('nuoi-ong');
    expect(uniqueSlug('Nuôi ong', new Set(['nuoi-ong', 'nuoi-ong-2']))).toBe('nuoi-ong-3');
  });
  it('never returns an empty slug', () => expect(uniqueSlug('!!!', new Set())).toBe('bai-moi'));
});
