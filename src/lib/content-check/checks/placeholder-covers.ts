/**
 * A cover still the temporary picture `npm run new` drew ("Ảnh tạm: thay bằng ảnh thật") would be
 * published on the home page, the story and its poster: say so, at the line of the cover.
 */
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CheckedEntry } from '../context.ts';
import { warning } from '../context.ts';
import type { PictureInspection } from '../pictures.ts';
import type { Problem } from '../problem.ts';

export function checkPlaceholderCovers(
  root: string,
  entries: readonly CheckedEntry[],
  inspection: PictureInspection | undefined,
): Problem[] {
  if (!inspection) return [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const src = (entry.data?.cover as { src?: unknown } | undefined)?.src;
    if (typeof src !== 'string') continue;
    let real: string;
    try {
      real = realpathSync(resolve(dirname(join(root, entry.file)), src));
    } catch {
      continue; // a missing picture has its own error
    }
    const facts = inspection.get(real);
    if (!facts?.readable || !facts.placeholder) continue;
    problems.push({
      file: entry.file,
      ...warning(
        entry.lineOf(['cover', 'src']),
        'cover.src',
        `Ảnh bìa "${src}" vẫn là ảnh tạm do npm run new vẽ: trang chủ, bài và áp phích sẽ hiện chữ "Ảnh tạm".`,
        'Chép ảnh thật (có sự đồng ý của người trong ảnh) đè lên tệp đó, cùng tên, rồi tả lại ảnh ở cover.alt.',
      ),
    });
  }
  return problems;
}
