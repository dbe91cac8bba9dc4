import { z } from 'astro/zod';
import { sampleFlag, text } from './common.ts';

const gridNumber = (axis: string) =>
  z
    .number({ error: `map.${axis} phải là một số từ 0 đến 100, ví dụ 40.` })
    .min(0, { error: `map.${axis} phải từ 0 đến 100.` })
    .max(100, { error: `map.${axis} phải từ 0 đến 100.` });

/**
 * Where a village sits on the commune's sơ đồ: a 0–100 grid over the commune, drawn at build
 * time (src/lib/site/village-map.ts). Relative places, not coordinates: an office copies them off
 * its paper map without a GPS, and the drawing stays readable (why not lat/lon: docs/features.md, "Villages on a map").
 */
export const villageMapSchema = z
  .strictObject({
    x: gridNumber('x').describe('Từ trái (0, phía tây) sang phải (100, phía đông)'),
    y: gridNumber('y').describe('Từ trên (0, phía bắc) xuống dưới (100, phía nam)'),
    sketch: z
      .boolean({ error: 'map.sketch phải là true hoặc false.' })
      .default(false)
      .describe('true khi vị trí chỉ phác họa, chưa đối chiếu bản đồ của xã: trang ghi rõ điều đó'),
  })
  .describe('Vị trí của thôn trên sơ đồ các thôn (trang /thon/); bỏ trống thì thôn chỉ có trong bảng');

/** Who in the village takes residents' proposals: a role and a place, never a person's name or phone. */
export const villageContactSchema = z
  .strictObject({
    role: text('chức danh người nhận đề xuất của thôn (contact.role), ví dụ "Trưởng thôn"'),
    place: z.string().trim().min(1).optional().describe('Nơi gặp, ví dụ "Nhà văn hóa thôn"'),
  })
  .describe('Ai ở thôn nhận đề xuất điển hình của bà con: chức danh, không ghi tên hay số điện thoại');

/** A village (thôn) of the commune. */
export const villageSchema = z.strictObject({
  name: text('tên thôn (name), ví dụ "Thôn Ví Dụ"'),
  order: z.number().int().default(100),
  description: z.string().trim().optional(),
  map: villageMapSchema.optional(),
  contact: villageContactSchema.optional(),
  sample: sampleFlag,
});

export type Village = z.output<typeof villageSchema>;
export type VillageMapPosition = z.output<typeof villageMapSchema>;
