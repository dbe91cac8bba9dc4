import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '#lib/site/breadcrumbs.ts';

describe('breadcrumbTrail', () => {
  it('starts at the home page and numbers every step from 1', () => {
    const trail = breadcrumbTrail([{ href: '/phong-trao/', label: 'Phong trào' }, { label: 'Dạy tốt - Học tốt' }]);
    expect(trail.map((s) => [s.position, s.label, s.href])).toEqual([
      [1, 'Trang chủ', '/'],
      [2, 'Phong trào', '/phong-trao/'],
      [3, 'Dạy tốt - Học tốt', undefined],
    ]);
  });

  it('marks only the last step as the current page, and never links it, even when given a link', () => {
    const trail = breadcrumbTrail(
      [
        { href: '/thon/', label: 'Theo thôn' },
        { href: '/thon/po-mo/', label: 'Thôn Pò Mỏ' },
      ],
      '/thon/po-mo/',
    );
    expect(trail.map((s) => s.current)).toEqual([false, false, true]);
    expect(trail.at(-1)).toMatchObject({ href: undefined, item: '/thon/po-mo/' });
  });

  it("identifies the current step by the page's own path", () => {
    expect(breadcrumbTrail([{ label: 'Tiến độ' }], '/tien-do/').at(-1)?.item).toBe('/tien-do/');
  });

  it('keeps a middle step without a page as plain text', () => {
    const trail = breadcrumbTrail([{ label: 'Nhóm' }, { label: 'Trang' }]);
    expect(trail[1]).toMatchObject({ href: undefined, item: undefined, current: false });
  });

  it('refuses an empty trail: every inner page names itself', () => {
    expect(() => breadcrumbTrail([])).toThrow(/ít nhất/);
  });
});
