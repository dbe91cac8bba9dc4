/**
 * Open data (/du-lieu/): the published archive as JSON and CSV files, each with a JSON Schema
 * generated from the row schemas (src/schemas/open-data.ts) the way the editor schemas are made.
 * Pure: the rows are built from lists a caller has already filtered (src/lib/open-data/files.ts
 * reads them through src/lib/content/queries.ts), so what a page does not show no file holds.
 */
import { z } from 'astro/zod';
import { toCsv } from '../text/csv.ts';
import { isoDate } from '../text/dates.ts';
import { airDatesInOrder } from '../loudspeaker/bulletin-days.ts';
import { metLabel } from '../plan/progress-table.ts';
import type { MovementProgress } from '../plan/progress.ts';
import { paths } from '../site/urls.ts';
import type { JsonSchema } from '../authoring/json-schemas.ts';
import {
  exemplarRecord,
  practiceRecord,
  progressRecord,
  replicationRecord,
  resultRecord,
  scriptRecord,
  type ExemplarRecord,
  type PracticeRecord,
  type ProgressRecord,
  type ReplicationRecord,
  type ResultRecord,
  type ScriptRecord,
} from '#schemas/open-data.ts';
import { EXEMPLAR_KIND_LABELS, STAGE_LABELS, type ExemplarKind, type Stage } from '#schemas/vocabulary.ts';

type Cell = string | number | boolean;

/** A CSV column: the JSON field it comes from (`movement.id`), its header and meaning read from the schema. */
export interface Column<Row> {
  field: string;
  /** How a row becomes this cell when the field alone does not say (a list of objects, a yes/no in words). */
  cell?: (row: Row) => Cell;
  /** Between the items of a list: "; " by default, a line break for sentences. */
  join?: string;
}

export interface Dataset<Row> {
  /** The file name without extension: /du-lieu/<name>.json, .csv, .schema.json. */
  name: string;
  title: string;
  description: string;
  record: z.ZodType<Row>;
  columns: readonly Column<Row>[];
}

const LINES = '\n';
const yesNo = (value: boolean) => (value ? 'có' : 'không');

export const EXEMPLARS: Dataset<ExemplarRecord> = {
  name: 'dien-hinh',
  title: 'Điển hình tiên tiến',
  description: 'Mỗi dòng một điển hình đã đăng trên trang.',
  record: exemplarRecord,
  columns: [
    { field: 'id' }, { field: 'url' }, { field: 'title' }, { field: 'name' }, { field: 'kind' }, { field: 'kindLabel' },
    { field: 'movement.id' }, { field: 'movement.name' }, { field: 'unit.id' }, { field: 'unit.name' }, { field: 'village.id' }, { field: 'village.name' },
    { field: 'year' }, { field: 'stage' }, { field: 'stageLabel' },
    { field: 'recognitions', cell: (r) => r.recognitions.map((k) => `${k.form} (${[k.issuer, k.decision, k.date].filter(Boolean).join(', ')})`).join(LINES) },
    { field: 'summary' }, { field: 'practices.id' }, { field: 'practices.name', join: LINES }, { field: 'publishedAt' }, { field: 'sample' },
  ],
};

export const PRACTICES: Dataset<PracticeRecord> = {
  name: 'cach-lam-hay',
  title: 'Cách làm hay',
  description: 'Mỗi dòng một cách làm hay đã đăng, với các bước và kết quả; từng kết quả và từng nơi nhân rộng có tệp riêng.',
  record: practiceRecord,
  columns: [
    { field: 'id' }, { field: 'url' }, { field: 'title' }, { field: 'summary' }, { field: 'problem' }, { field: 'steps', join: LINES },
    { field: 'results', cell: (r) => r.results.map((x) => `${x.label}: ${x.value}${x.unit ? ` ${x.unit}` : ''}`).join(LINES) },
    { field: 'conditions', join: LINES }, { field: 'resources', join: LINES },
    { field: 'exemplars.id' }, { field: 'exemplars.name', join: LINES }, { field: 'movements.id' }, { field: 'movements.name', join: LINES },
    { field: 'replications' }, { field: 'publishedAt' }, { field: 'sample' },
  ],
};

export const RESULTS: Dataset<ResultRecord> = {
  name: 'ket-qua',
  title: 'Kết quả của cách làm hay',
  description: 'Mỗi dòng một kết quả bằng con số của một cách làm hay.',
  record: resultRecord,
  columns: [{ field: 'id' }, { field: 'url' }, { field: 'title' }, { field: 'label' }, { field: 'value' }, { field: 'unit' }, { field: 'sample' }],
};

export const REPLICATIONS: Dataset<ReplicationRecord> = {
  name: 'nhan-rong',
  title: 'Nơi nhân rộng cách làm hay',
  description: 'Mỗi dòng một nơi đã áp dụng một cách làm hay.',
  record: replicationRecord,
  columns: [
    { field: 'id' }, { field: 'url' }, { field: 'title' }, { field: 'place' }, { field: 'village.id' }, { field: 'village.name' },
    { field: 'date' }, { field: 'result' }, { field: 'sample' },
  ],
};

export const SCRIPTS: Dataset<ScriptRecord> = {
  name: 'truyen-thanh',
  title: 'Kịch bản truyền thanh',
  description: 'Mỗi dòng một kịch bản đã duyệt, với các ngày phát và điển hình, cách làm hay nó nói tới.',
  record: scriptRecord,
  columns: [
    { field: 'id' }, { field: 'url' }, { field: 'textUrl' }, { field: 'title' }, { field: 'airDates' },
    { field: 'exemplars.id' }, { field: 'exemplars.name', join: LINES }, { field: 'practices.id' }, { field: 'practices.name', join: LINES },
    { field: 'preparedBy.id' }, { field: 'preparedBy.name' }, { field: 'summary' }, { field: 'readingSeconds' }, { field: 'sample' },
  ],
};

export const PROGRESS: Dataset<ProgressRecord> = {
  name: 'tien-do',
  title: 'Tiến độ theo kế hoạch từng năm',
  description: 'Mỗi năm kế hoạch, mỗi dòng một phong trào, và một dòng cho mỗi đơn vị khi kế hoạch giao chỉ tiêu cho từng đơn vị.',
  record: progressRecord,
  columns: [
    { field: 'year' }, { field: 'id' }, { field: 'url' }, { field: 'movement.id' }, { field: 'movement.name' }, { field: 'unit.id' }, { field: 'unit.name' },
    { field: 'leadUnits.id' }, { field: 'leadUnits.name', join: LINES }, { field: 'minimum' }, { field: 'published' }, { field: 'recognised' }, { field: 'replicated' },
    { field: 'met', cell: (r) => metLabel(r.met) },
  ],
};

/** Every dataset, in the order /du-lieu/ lists them. */
export const DATASETS = [EXEMPLARS, PRACTICES, RESULTS, REPLICATIONS, SCRIPTS, PROGRESS] as const;

// ---------------------------------------------------------------- schemas and fields

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
    if (!found?.title || !found.description) throw new Error(`Dữ liệu mở ${dataset.name}: trường "${field}" chưa có tên (title) và mô tả (description) trong src/schemas/open-data.ts.`);
    return { header: found.title, field, description: found.description };
  });
}

// ---------------------------------------------------------------- files

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
    throw new Error(`Dữ liệu mở ${dataset.name}: dòng ${Number(issue.path[0]) + 1}, trường "${issue.path.slice(1).join('.')}": ${issue.message}. Sửa src/lib/open-data/datasets.ts hoặc src/schemas/open-data.ts cho khớp nhau.`);
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

// ---------------------------------------------------------------- rows

interface Ref {
  id: string;
}
/** Names of the entries rows refer to, by id: a missing one is a bug, since only published entries are passed. */
export interface Names {
  movements: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  villages: ReadonlyMap<string, string>;
  exemplars: ReadonlyMap<string, string>;
  practices: ReadonlyMap<string, string>;
}
function named(names: ReadonlyMap<string, string>, ref: Ref, from: string) {
  const name = names.get(ref.id);
  if (name === undefined) throw new Error(`Dữ liệu mở: không tìm thấy "${ref.id}" (được nhắc tới ở ${from}).`);
  return { id: ref.id, name };
}

export interface ExemplarIn {
  id: string;
  data: {
    title: string;
    name: string;
    kind: ExemplarKind;
    movement: Ref;
    unit: Ref;
    village?: Ref | undefined;
    year: number;
    stage: Stage;
    recognitions: readonly { form: string; issuer: string; decision?: string | undefined; date: Date }[];
    summary: string;
    publishedAt: Date;
    sample: boolean;
  };
}
export interface PracticeIn {
  id: string;
  data: {
    title: string;
    summary: string;
    problem: string;
    steps: readonly string[];
    results: readonly { label: string; value: number; unit: string }[];
    conditions: readonly string[];
    resources: readonly string[];
    exemplars: readonly Ref[];
    replications: readonly { place: string; village?: Ref | undefined; date: Date; result: string }[];
    publishedAt: Date;
    sample: boolean;
  };
}
export interface ScriptIn {
  id: string;
  seconds: number;
  data: {
    title: string;
    airDates: readonly Date[];
    exemplars: readonly Ref[];
    practices: readonly Ref[];
    preparedBy?: Ref | undefined;
    summary?: string | undefined;
    sample: boolean;
  };
}

export function exemplarRows(exemplars: readonly ExemplarIn[], practices: readonly PracticeIn[], names: Names, base: string): ExemplarRecord[] {
  const practicesOf = new Map<string, Ref[]>();
  for (const p of practices) for (const r of p.data.exemplars) practicesOf.set(r.id, [...(practicesOf.get(r.id) ?? []), p]);
  return exemplars.map(({ id, data }) => {
    const from = `exemplars/${id}`;
    return {
      id,
      url: absolute(paths.exemplar(id), base),
      title: data.title,
      name: data.name,
      kind: data.kind,
      kindLabel: EXEMPLAR_KIND_LABELS[data.kind],
      movement: named(names.movements, data.movement, from),
      unit: named(names.units, data.unit, from),
      village: data.village ? named(names.villages, data.village, from) : null,
      year: data.year,
      stage: data.stage,
      stageLabel: STAGE_LABELS[data.stage],
      recognitions: data.recognitions.map((r) => ({ form: r.form, issuer: r.issuer, ...(r.decision ? { decision: r.decision } : {}), date: isoDate(r.date) })),
      summary: data.summary,
      practices: (practicesOf.get(id) ?? []).map((p) => named(names.practices, p, from)),
      publishedAt: isoDate(data.publishedAt),
      sample: data.sample,
    };
  });
}

export function practiceRows(practices: readonly PracticeIn[], exemplars: readonly ExemplarIn[], names: Names, base: string): PracticeRecord[] {
  const movementOf = new Map(exemplars.map((e) => [e.id, e.data.movement]));
  return practices.map(({ id, data }) => {
    const from = `practices/${id}`;
    const movementIds = [...new Set(data.exemplars.flatMap((r) => movementOf.get(r.id)?.id ?? []))];
    return {
      id,
      url: absolute(paths.practice(id), base),
      title: data.title,
      summary: data.summary,
      problem: data.problem,
      steps: [...data.steps],
      results: data.results.map((r) => ({ label: r.label, value: r.value, unit: r.unit })),
      conditions: [...data.conditions],
      resources: [...data.resources],
      exemplars: data.exemplars.map((r) => named(names.exemplars, r, from)),
      movements: movementIds.map((m) => named(names.movements, { id: m }, from)),
      replications: data.replications.length,
      publishedAt: isoDate(data.publishedAt),
      sample: data.sample,
    };
  });
}

const practiceHead = ({ id, data }: PracticeIn, base: string) => ({ id, url: absolute(paths.practice(id), base), title: data.title });

export const resultRows = (practices: readonly PracticeIn[], base: string): ResultRecord[] =>
  practices.flatMap((p) => p.data.results.map((r) => ({ ...practiceHead(p, base), label: r.label, value: r.value, unit: r.unit, sample: p.data.sample })));

export const replicationRows = (practices: readonly PracticeIn[], names: Names, base: string): ReplicationRecord[] =>
  practices.flatMap((p) =>
    p.data.replications.map((r) => ({
      ...practiceHead(p, base),
      place: r.place,
      village: r.village ? named(names.villages, r.village, `practices/${p.id}`) : null,
      date: isoDate(r.date),
      result: r.result,
      sample: p.data.sample,
    })),
  );

export const scriptRows = (scripts: readonly ScriptIn[], names: Names, base: string): ScriptRecord[] =>
  scripts.map(({ id, data, seconds }) => {
    const from = `scripts/${id}`;
    return {
      id,
      url: absolute(paths.script(id), base),
      textUrl: absolute(paths.scriptText(id), base),
      title: data.title,
      airDates: airDatesInOrder({ data }).map(isoDate),
      exemplars: data.exemplars.map((r) => named(names.exemplars, r, from)),
      practices: data.practices.map((r) => named(names.practices, r, from)),
      preparedBy: data.preparedBy ? named(names.units, data.preparedBy, from) : null,
      summary: data.summary ?? null,
      readingSeconds: seconds,
      sample: data.sample,
    };
  });

export interface YearProgressIn {
  plan: { id: string };
  year: number;
  rows: readonly MovementProgress[];
  leadUnits: ReadonlyMap<string, readonly string[]>;
}

/** Every plan year's progress table as rows: the movement, then its units where the plan sets the minimum per unit. */
export const progressRows = (years: readonly YearProgressIn[], names: Names, base: string): ProgressRecord[] =>
  years.flatMap(({ plan, year, rows, leadUnits }) =>
    rows.flatMap(({ movementId, total, units }) => {
      const from = `plans/${plan.id}`;
      const head = {
        year,
        id: plan.id,
        url: absolute(paths.progressOfYear(year), base),
        movement: named(names.movements, { id: movementId }, from),
        leadUnits: (leadUnits.get(movementId) ?? []).map((u) => named(names.units, { id: u }, from)),
      };
      const counts = (r: typeof total) => ({ minimum: r.minimum, published: r.published, recognised: r.recognised, replicated: r.replicated, met: r.met });
      return [
        { ...head, unit: null, ...counts(total) },
        ...units.map((u) => ({ ...head, unit: named(names.units, { id: u.unitId! }, from), ...counts(u) })),
      ];
    }),
  );

const KB = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
const BYTES = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'byte' });
/** A file's size as /du-lieu/ writes it: "850 byte", "12,3 kB" (1 kB = 1000 byte). */
export const fileSize = (bytes: number) => (bytes < 1000 ? BYTES.format(bytes) : KB.format(bytes / 1000));
