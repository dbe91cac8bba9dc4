/**
 * The schema tools the checker hands the schemas instead of Astro's reference() and image():
 * a reference must name an entry that exists (the valid values, or the nearest, are suggested);
 * a picture must pass every rule of pictures.ts. Each issue carries its own hint.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { HINTS, hinted } from '#schemas/hints.ts';
import type { SchemaTools } from '#schemas/tools.ts';
import { COLLECTION_LABELS, type CollectionName } from '#schemas/vocabulary.ts';
import { pictureProblem, type PictureInspection } from './pictures.ts';

export function checkerTools(
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  dir: string,
  pictures: { root: string; inspection?: PictureInspection | undefined },
): SchemaTools {
  return {
    ref: (collection) =>
      z.string({ error: `Cần ghi mã ${COLLECTION_LABELS[collection].toLowerCase()} (chữ không dấu).` }).superRefine((id, ctx) => {
        const known = ids.get(collection) ?? new Set<string>();
        if (known.has(id)) return;
        const list = [...known];
        const near = list.length ? closest(id, list) : undefined;
        ctx.addIssue({
          code: 'custom',
          message:
            `${COLLECTION_LABELS[collection]} "${id}" không có trong danh sách.` +
            (list.length === 0
              ? ` Chưa có ${COLLECTION_LABELS[collection].toLowerCase()} nào trong content/${collection}/: tạo tệp trước rồi ghi mã của nó.`
              : list.length <= 12
                ? ` Các giá trị hợp lệ: ${list.join(', ')}.`
                : near
                  ? ` Có phải "${near}"?`
                  : ''),
          params: hinted(HINTS.reference),
        });
      }),
    image: () =>
      z.string({ error: 'Thiếu đường dẫn ảnh (src).' }).superRefine((src, ctx) => {
        const problem = pictureProblem(src, { ...pictures, entryDir: dir });
        if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: hinted(problem.hint) });
      }),
  };
}
