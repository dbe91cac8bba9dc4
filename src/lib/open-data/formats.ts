/**
 * One dataset written out: the JSON file with who publishes it, its JSON Schema, and the CSV
 * file with Vietnamese column names. Rows are checked against the schema first (checkRows).
 */
import { z } from 'astro/zod';
import { toCsv } from '../text/csv.ts';
import { paths } from '../site/urls.ts';
import type { Cell, Dataset } from './datasets.ts';
import { fieldsOf, recordSchema } from './fields.ts';

const yesNo = (value: boolean) => (value ? 'có' : 'không');

export interface Publication {
  /** The site's address, https://… with no path. */
  base: string;
  publisher: string;
  license: { name: string; url: string };
}

export const absolute = (path: string, base: string) => new URL(path, base).href;

/**
 * Every row checked against its schema: a field the schema does not list, or a missing one, stops
 * the build. The files below are written from checked rows: check a list once, then write it.
 */
export function checkRows<Row>(dataset: Dataset<Row>, rows: readonly unknown[]): Row[] {
  const result = z.array(dataset.record).safeParse(rows);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(
      `Dữ liệu mở ${dataset.name}: dòng ${Number(issue.path[0]) + 1}, trường "${issue.path.slice(1).join('.')}": ${issue.message}. Sửa src/lib/open-data/rows.ts hoặc src/schemas/open-data.ts cho khớp nhau.`,
    );
  }
  return result.data;
}

/** The JSON file: who publishes it and under which licence, then the rows (checked by checkRows). */
export function jsonFile<Row>(dataset: Dataset<Row>, rows: readonly Row[], publication: Publication): string {
  const { base, publisher, license } = publication;
  const file = {
    $schema: absolute(paths.openDataFile(dataset.name, 'schema.json'), base),
    title: dataset.title,
    description: dataset.description,
    publisher,
    license,
    source: absolute(paths.openData(), base),
    count: rows.length,
    items: rows,
  };
  return `${JSON.stringify(file)}\n`;
}

/** The JSON Schema of the JSON file, published beside it. */
export function schemaFile(dataset: Dataset<unknown>, publication: Publication): string {
  const record = recordSchema(dataset);
  const { $schema, ...item } = record;
  const text = (description: string) => ({ type: 'string', description });
  const schema = {
    $schema,
    $id: absolute(paths.openDataFile(dataset.name, 'schema.json'), publication.base),
    title: dataset.title,
    description: `${dataset.description} Tệp ${dataset.name}.json của ${publication.publisher}.`,
    type: 'object',
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'Địa chỉ lược đồ này' },
      title: text('Tên bộ dữ liệu'),
      description: text('Mô tả bộ dữ liệu'),
      publisher: text('Cơ quan công bố'),
      license: {
        type: 'object',
        description: 'Giấy phép sử dụng dữ liệu',
        properties: { name: text('Tên giấy phép'), url: { type: 'string', format: 'uri', description: 'Địa chỉ văn bản giấy phép' } },
        required: ['name', 'url'],
        additionalProperties: false,
      },
      source: { type: 'string', format: 'uri', description: 'Trang giới thiệu dữ liệu mở' },
      count: { type: 'integer', minimum: 0, description: 'Số dòng trong items' },
      items: { type: 'array', description: dataset.description, items: item },
    },
    required: ['$schema', 'title', 'description', 'publisher', 'license', 'source', 'count', 'items'],
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => valueAt(item, path));
  return valueAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}
function cellOf(value: unknown, join: string): Cell {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => cellOf(item, join)).join(join);
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`Dữ liệu mở: giá trị ${JSON.stringify(value)} cần một cách ghi vào ô CSV (cell) riêng.`);
}

/** The CSV file: one header row of Vietnamese column names, then one row per item (UTF-8 with BOM, src/lib/text/csv.ts); rows checked by checkRows. */
export function csvFile<Row>(dataset: Dataset<Row>, rows: readonly Row[]): string {
  const header = fieldsOf(dataset as Dataset<unknown>).map((f) => f.header);
  const cells = dataset.columns.map((c) => {
    if (c.cell) return c.cell;
    const path = c.field.split('.');
    const join = c.join ?? '; ';
    return (row: Row) => cellOf(valueAt(row, path), join);
  });
  return toCsv([header, ...rows.map((row) => cells.map((cell) => cell(row)))]);
}

const KB = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
const BYTES = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'byte' });
/** A file's size as /du-lieu/ writes it: "850 byte", "12,3 kB" (1 kB = 1000 byte). */
export const fileSize = (bytes: number) => (bytes < 1000 ? BYTES.format(bytes) : KB.format(bytes / 1000));
