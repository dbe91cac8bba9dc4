import { describe, expect, it } from 'vitest';
import {
  CIRCLE,
  LABEL_SIZE,
  MAP_HEIGHT,
  MAP_WIDTH,
  shadeOf,
  shades,
  shortVillageName,
  villageMap,
  type VillageCounts,
} from '#lib/site/village-map.ts';

const village = (id: string, exemplars: number, map?: VillageCounts['map'], replicated = 0): VillageCounts => ({
  id,
  name: `Thôn ${id}`,
  map,
  exemplars,
  replicated,
});

describe('the shades of the village map', () => {
  it('has a shade for none, then splits 1 to the largest count into at most three steps', () => {
    expect(shades([0, 0]).map((s) => s.label)).toEqual(['Chưa có điển hình']);
    expect(shades([1, 0]).map((s) => [s.min, s.max])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(shades([3, 1, 2]).map((s) => [s.min, s.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(shades([7, 0]).map((s) => s.label)).toEqual(['Chưa có điển hình', '1–3 điển hình', '4–6 điển hình', '7 điển hình']);
    expect(shades([4]).map((s) => [s.min, s.max])).toEqual([
      [0, 0],
      [1, 2],
      [3, 4],
    ]);
  });

  it('puts every count in exactly one shade, the largest in the darkest', () => {
    const list = shades([0, 5, 9, 12]);
    for (let n = 0; n <= 12; n++)
      expect(
        list.filter((s) => n >= s.min && n <= s.max),
        String(n),
      ).toHaveLength(1);
    expect(shadeOf(list, 12).level).toBe(list.length - 1);
    expect(shadeOf(list, 0).level).toBe(0);
  });

  it('gives the largest counts the darkest tone, however many shades there are', () => {
    expect(shades([1]).map((s) => s.tone)).toEqual([0, 3]);
    expect(shades([4]).map((s) => s.tone)).toEqual([0, 2, 3]);
    expect(shades([9]).map((s) => s.tone)).toEqual([0, 1, 2, 3]);
  });
});

describe('the village map', () => {
  it('draws villages with a position inside the frame and lists the others for the table', () => {
    const map = villageMap([
      village('a', 2, { x: 0, y: 0, sketch: true }),
      village('b', 0),
      village('c', 5, { x: 100, y: 100, sketch: false }, 3),
    ]);
    expect(map.placed.map((v) => v.id)).toEqual(['a', 'c']);
    expect(map.unplaced.map((v) => v.id)).toEqual(['b']);
    expect(map.sketched.map((v) => v.id)).toEqual(['a']);
    for (const v of map.placed) {
      expect(v.cx - CIRCLE).toBeGreaterThan(0);
      expect(v.cx + CIRCLE).toBeLessThan(MAP_WIDTH);
      expect(v.cy - CIRCLE).toBeGreaterThan(0);
      expect(v.label.y).toBeLessThan(MAP_HEIGHT);
    }
    expect(map.placed[1]).toMatchObject({ replicated: 3, shade: { level: map.shades.length - 1 } });
  });

  it('keeps a long name near the edge inside the frame', () => {
    const [placed] = villageMap([
      { id: 'x', name: 'Thôn Khòn Khuyên Trên Đồi Cao', map: { x: 100, y: 50, sketch: false }, exemplars: 1, replicated: 0 },
    ]).placed;
    const half = (placed!.label.text.length * LABEL_SIZE * 0.56) / 2;
    expect(placed!.label.x + half).toBeLessThanOrEqual(MAP_WIDTH);
    expect(placed!.label.x).toBeLessThan(placed!.cx);
  });

  it('labels a village without the word every village shares', () => {
    expect(shortVillageName('Thôn Nà Chuông')).toBe('Nà Chuông');
    expect(shortVillageName('Bản Mới')).toBe('Mới');
    expect(shortVillageName('Tổ dân phố 3')).toBe('3');
    expect(shortVillageName('Làng Vân')).toBe('Vân');
    expect(shortVillageName('Khòn Pát')).toBe('Khòn Pát');
  });
});
