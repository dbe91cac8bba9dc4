/**
 * JSON Schemas for editors, generated from the same zod schemas the build uses. A reference
 * becomes the list of ids that exist (so VS Code offers them), a date a YYYY-MM-DD string.
 */
import { z } from 'astro/zod';
import { schemaFor } from './content-check/checker.ts';
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName } from '../schemas/vocabulary.ts';

export function jsonSchemaFor(collection: CollectionName, ids: ReadonlyMap<CollectionName, readonly string[]>): Record<string, unknown> {
  const tools = {
    ref: (target: CollectionName) => {
      const list = [...(ids.get(target) ?? [])];
      return (list.length ? z.enum(list as [string, ...string[]]) : z.string()).describe(`Mã ${COLLECTION_LABELS[target].toLowerCase()} (tên tệp trong content/${target}/)`);
    },
    image: () => z.string().describe('Đường dẫn ảnh, ví dụ ../images/ten-anh.jpg'),
  };
  const schema = z.toJSONSchema(schemaFor(collection, tools), {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // calendarDate: YAML may give a Date or a string; authors write YYYY-MM-DD.
      const def = (zodSchema as { _zod?: { def?: { type?: string; options?: { _zod: { def: { type: string } } }[] } } })._zod?.def;
      if (def?.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Ngày NNNN-TT-NN, ví dụ 2023-12-20' });
      }
    },
  });
  return { ...schema, title: `${COLLECTION_LABELS[collection]} (content/${collection}/)` };
}

export function allJsonSchemas(ids: ReadonlyMap<CollectionName, readonly string[]>): Record<CollectionName, string> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, `${JSON.stringify(jsonSchemaFor(c, ids), null, 2)}\n`])) as Record<CollectionName, string>;
}
