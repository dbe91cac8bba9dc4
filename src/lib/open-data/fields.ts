/** What each open-data column is called and means, read from the row schemas (src/schemas/open-data.ts). */
import { z } from 'astro/zod';
import type { JsonSchema } from '../authoring/json-schemas.ts';
import type { Dataset } from './datasets.ts';

const schemas = new WeakMap<object, JsonSchema>();
/** The JSON Schema of one row, from its zod schema (output side: what the file holds). */
export function recordSchema(dataset: Dataset<unknown>): JsonSchema {
  let schema = schemas.get(dataset.record);
  if (!schema) {
    schema = z.toJSONSchema(dataset.record, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    schemas.set(dataset.record, schema);
  }
  return structuredClone(schema);
}

/** The field of a schema at a dotted path, through lists and nullable values. */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path.split('.')) {
    const inner: JsonSchema | undefined = node && objectPart(node);
    node = inner?.properties?.[key];
  }
  return node;
}
function objectPart(node: JsonSchema): JsonSchema | undefined {
  const inner = node.items ?? node;
  if (inner.properties) return inner;
  return inner.anyOf?.map(objectPart).find(Boolean);
}

export interface FieldDoc {
  /** The CSV column header. */
  header: string;
  /** Where it sits in the JSON file's items. */
  field: string;
  description: string;
}

/** Each CSV column with its header, its JSON field and what it means, all from the schema. */
export function fieldsOf(dataset: Dataset<unknown>): FieldDoc[] {
  const schema = recordSchema(dataset);
  return dataset.columns.map(({ field }) => {
    const found = schemaAt(schema, field);
    if (!found?.title || !found.description)
      throw new Error(
        `Dữ liệu mở ${dataset.name}: trường "${field}" chưa có tên (title) và mô tả (description) trong src/schemas/open-data.ts.`,
      );
    return { header: found.title, field, description: found.description };
  });
}
