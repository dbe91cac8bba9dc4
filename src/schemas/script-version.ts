import { z } from 'astro/zod';
import { oneOf, sampleFlag, text } from './common.ts';
import type { SchemaTools } from './tools.ts';
import { SCRIPT_STATUSES } from './vocabulary.ts';

/**
 * A script in Tày or Nùng, written by the station's staff: `content/scripts/<lang>/<id>.mdx`,
 * where <id> is the Vietnamese script's file name. The folder gives the language and the file
 * name the script, as Starlight finds a page's translations; air dates and subjects are the
 * script's own. Published when both it and the Vietnamese script are approved.
 */
export function scriptVersionSchema<Ref extends z.ZodType>({ ref }: Pick<SchemaTools<Ref>, 'ref'>) {
  return z.strictObject({
    title: text('tiêu đề bằng tiếng dân tộc (title)'),
    status: oneOf(SCRIPT_STATUSES, 'Trạng thái (status)'),
    preparedBy: ref('units').optional().describe('Đơn vị có cán bộ viết bản tiếng dân tộc'),
    summary: z.string().trim().optional(),
    sample: sampleFlag,
  });
}

export type ScriptVersionSchema = ReturnType<typeof scriptVersionSchema>;
