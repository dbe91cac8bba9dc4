import { describe, expect, it } from 'vitest';
import { pageCrumbs, pageLinks, pageTitle, pageUrl, type PageLink } from '#lib/site/pagination.ts';

const show = (links: PageLink[]) => links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number))).join(' ');

describe('pagination', () => {
  it('keeps page 1 at the list address and puts page n under it', () => {
    expect(pageUrl('/thon/na-pan/', 1)).toBe('/thon/na-pan/');
    expect(pageUrl('/thon/na-pan/', 3)).toBe('/thon/na-pan/3/');
  });

  it('links every page of a short list', () => {
    expect(show(pageLinks('/dien-hinh/', 2, 3))).toBe('1 [2] 3');
    expect(show(pageLinks('/dien-hinh/', 1, 1))).toBe('[1]');
  });

  it('shows the ends and the neighbours of a long list, with gaps, never a gap of one page', () => {
    expect(show(pageLinks('/dien-hinh/', 1, 50))).toBe('[1] 2 … 50');
    expect(show(pageLinks('/dien-hinh/', 25, 50))).toBe('1 … 24 [25] 26 … 50');
    expect(show(pageLinks('/dien-hinh/', 4, 50))).toBe('1 2 3 [4] 5 … 50');
    expect(show(pageLinks('/dien-hinh/', 50, 50))).toBe('1 … 49 [50]');
  });

  it('gives each link its address', () => {
    const links = pageLinks('/nam/2023/', 1, 2);
    expect(links).toEqual([
      { kind: 'page', number: 1, href: '/nam/2023/', current: true },
      { kind: 'page', number: 2, href: '/nam/2023/2/', current: false },
    ]);
  });

  it('names pages after the first in the title', () => {
    expect(pageTitle('Điển hình năm 2023', 1)).toBe('Điển hình năm 2023');
    expect(pageTitle('Điển hình năm 2023', 2)).toBe('Điển hình năm 2023 (trang 2)');
  });

  it('makes the list a link back to page 1 in the breadcrumbs of later pages', () => {
    const trail = [{ href: '/thon/', label: 'Theo thôn' }, { label: 'Thôn Nà Pàn' }];
    expect(pageCrumbs(trail, '/thon/na-pan/', 1)).toEqual(trail);
    expect(pageCrumbs(trail, '/thon/na-pan/', 2)).toEqual([
      { href: '/thon/', label: 'Theo thôn' },
      { href: '/thon/na-pan/', label: 'Thôn Nà Pàn' },
      { label: 'Trang 2' },
    ]);
  });
});
