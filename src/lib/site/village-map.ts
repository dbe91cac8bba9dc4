/**
 * The villages' sơ đồ, drawn at build time as SVG: each village where its file puts it on the
 * commune's 0–100 grid, shaded by its number of exemplars, with a mark for the good practices
 * replicated there. Pure: the page hands in counts, this returns shapes and legend.
 */
import type { VillageMapPosition } from '#schemas/village.ts';

export interface VillageCounts {
  id: string;
  name: string;
  map?: VillageMapPosition | undefined;
  /** Published exemplars of the village. */
  exemplars: number;
  /** Good practices replicated in the village. */
  replicated: number;
}

/** One shade of the legend: the exemplar counts it stands for, from `min` to `max`. */
export interface Shade {
  level: number;
  /** 0 (none) to 3 (darkest): the largest counts always get the darkest, however many shades there are. */
  tone: number;
  min: number;
  max: number;
  label: string;
}

/**
 * At most four shades: none, then 1 to the largest count in up to three equal steps. The count
 * is also written in each circle, so the shade is never the only way to read it.
 */
export function shades(counts: readonly number[]): Shade[] {
  const top = Math.max(0, ...counts);
  const list: Shade[] = [{ level: 0, tone: 0, min: 0, max: 0, label: 'Chưa có điển hình' }];
  const step = Math.ceil(top / 3);
  for (let min = 1, level = 1; min <= top; min += step, level++) {
    const max = Math.min(top, min + step - 1);
    list.push({ level, tone: 0, min, max, label: `${min === max ? min : `${min}–${max}`} điển hình` });
  }
  const steps = list.length - 1;
  for (const shade of list) shade.tone = shade.level === 0 ? 0 : Math.round((shade.level * 3) / steps) || 1;
  return list;
}

export const shadeOf = (list: readonly Shade[], count: number): Shade =>
  list.find((s) => count >= s.min && count <= s.max) ?? list[list.length - 1]!;

/** Village names on the drawing lose the word every village shares ("Thôn", "Bản", "Xóm"…); tables keep it. */
export const shortVillageName = (name: string) => name.replace(/^(thôn|bản|xóm|ấp|làng|khu|tổ dân phố|khối)\s+/i, '') || name;

export const MAP_WIDTH = 360;
export const MAP_HEIGHT = 300;
const MARGIN = { left: 34, right: 34, top: 30, bottom: 44 };
export const CIRCLE = 15;
export const LABEL_SIZE = 14;
/** A tap target around each village, at least 44 px where the drawing is shown 360 units wide. */
export const TARGET = 48;

export interface PlacedVillage extends VillageCounts {
  map: VillageMapPosition;
  cx: number;
  cy: number;
  shade: Shade;
  label: { text: string; x: number; y: number };
}

export interface VillageMap {
  width: number;
  height: number;
  shades: Shade[];
  placed: PlacedVillage[];
  /** Villages with no position: they are in the table only. */
  unplaced: VillageCounts[];
  /** Positions that are sketches, not taken from the commune's map. */
  sketched: PlacedVillage[];
}

/** A rough width of a label in the drawing's units, to keep it inside the frame. */
const labelWidth = (text: string) => text.length * LABEL_SIZE * 0.56;

export function villageMap(villages: readonly VillageCounts[]): VillageMap {
  const list = shades(villages.map((v) => v.exemplars));
  const innerWidth = MAP_WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = MAP_HEIGHT - MARGIN.top - MARGIN.bottom;
  const placed = villages.flatMap((village): PlacedVillage[] => {
    const { map } = village;
    if (!map) return [];
    const cx = round(MARGIN.left + (map.x / 100) * innerWidth);
    const cy = round(MARGIN.top + (map.y / 100) * innerHeight);
    const text = shortVillageName(village.name);
    const half = labelWidth(text) / 2;
    const x = round(Math.min(MAP_WIDTH - 6 - half, Math.max(6 + half, cx)));
    return [{ ...village, map, cx, cy, shade: shadeOf(list, village.exemplars), label: { text, x, y: cy + CIRCLE + LABEL_SIZE + 3 } }];
  });
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    shades: list,
    placed,
    unplaced: villages.filter((v) => !v.map),
    sketched: placed.filter((v) => v.map.sketch),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
