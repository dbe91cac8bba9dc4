/**
 * JSON Schemas for editors, generated from the same zod schemas the build uses. A reference
 * becomes the list of ids that exist (so VS Code and the web editor offer them), a date a
 * YYYY-MM-DD string, a picture a string marked `contentMediaType: image/*`, and every field
 * gets its Vietnamese label as `title` (src/lib/authoring/field-labels.ts).
 */
import { z } from 'astro/zod';
import { schemaFor } from '#schemas/collections.ts';
import { fieldHint, fieldLabel } from './field-labels.ts';
import { PICTURE_FOLDER, PICTURE_LIMITS } from '../content/picture-limits.ts';
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName } from '#schemas/vocabulary.ts';

/** The subset of JSON Schema these generators produce and read. */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  anyOf?: JsonSchema[];
  format?: string;
  contentMediaType?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxLength?: number;
  [key: string]: unknown;
}

export function jsonSchemaFor(collection: CollectionName, ids: ReadonlyMap<CollectionName, readonly string[]>): JsonSchema {
  const tools = {
    ref: (target: CollectionName) => {
      const list = [...(ids.get(target) ?? [])];
      return (list.length ? z.enum(list as [string, ...string[]]) : z.string()).describe(
        `Mã ${COLLECTION_LABELS[target].toLowerCase()} (tên tệp trong content/${target}/)`,
      );
    },
    image: () =>
      z.string().meta({
        contentMediaType: 'image/*',
        description: `Đường dẫn ảnh JPEG, PNG, WebP hoặc AVIF trong ${PICTURE_FOLDER}/ (cạnh dài tối đa ${PICTURE_LIMITS.maxSide} điểm ảnh, tối đa ${PICTURE_LIMITS.maxBytes / 1024 / 1024} MB), ví dụ ../images/ten-anh.jpg`,
      }),
  };
  const schema = z.toJSONSchema(schemaFor(collection, tools), {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // calendarDate: YAML may give a Date or a string; authors write YYYY-MM-DD.
      const def = (zodSchema as { _zod?: { def?: { type?: string; options?: { _zod: { def: { type: string } } }[] } } })._zod?.def;
      if (def?.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
        const description = jsonSchema.description;
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, {
          type: 'string',
          format: 'date',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: description ?? 'Ngày NNNN-TT-NN, ví dụ 2023-12-20',
        });
      }
    },
  }) as JsonSchema;
  labelFields(schema, '', collection);
  return { ...schema, title: `${COLLECTION_LABELS[collection]} (content/${collection}/)` };
}

/** Puts each field's Vietnamese label in `title` and, where zod has none, a hint in `description`: VS Code shows both on hover. */
function labelFields(schema: JsonSchema, prefix: string, collection: CollectionName): void {
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const label = fieldLabel(path);
    if (label) field.title = label;
    const hint = fieldHint(collection, path);
    if (hint && !field.description) field.description = hint;
    for (const part of fieldShapes(field)) labelFields(part, path, collection);
  }
}

/** The object shapes a field can take: itself, its list items, its union members. */
export function fieldShapes(field: JsonSchema): JsonSchema[] {
  const inner = field.items ?? field;
  return [inner, ...(inner.anyOf ?? [])].filter((part) => part.properties);
}

/** Every field path of a schema (`consent.minor.age`), in schema order. */
export function fieldPaths(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    for (const part of fieldShapes(field)) out.push(...fieldPaths(part, path));
  }
  return [...new Set(out)];
}

export function allJsonSchemas(ids: ReadonlyMap<CollectionName, readonly string[]>): Record<CollectionName, string> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, `${JSON.stringify(jsonSchemaFor(c, ids), null, 2)}\n`])) as Record<
    CollectionName,
    string
  >;
}
