/**
 * Open data (/du-lieu/): the published archive as JSON and CSV files, each with a JSON Schema
 * generated from the row schemas (src/schemas/open-data.ts) the way the editor schemas are made.
 * This file says which datasets there are and which columns their CSV files have; rows.ts makes
 * their rows, fields.ts reads each column's name and meaning from the schema, formats.ts writes
 * the files, files.ts gathers every file of the site.
 */
import type { z } from 'astro/zod';
import { metLabel } from '../plan/progress-table.ts';
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

export type Cell = string | number | boolean;

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

export const EXEMPLARS: Dataset<ExemplarRecord> = {
  name: 'dien-hinh',
  title: 'Điển hình tiên tiến',
  description: 'Mỗi dòng một điển hình đã đăng trên trang.',
  record: exemplarRecord,
  columns: [
    { field: 'id' },
    { field: 'url' },
    { field: 'title' },
    { field: 'name' },
    { field: 'kind' },
    { field: 'kindLabel' },
    { field: 'movement.id' },
    { field: 'movement.name' },
    { field: 'unit.id' },
    { field: 'unit.name' },
    { field: 'village.id' },
    { field: 'village.name' },
    { field: 'year' },
    { field: 'stage' },
    { field: 'stageLabel' },
    {
      field: 'recognitions',
      cell: (r) => r.recognitions.map((k) => `${k.form} (${[k.issuer, k.decision, k.date].filter(Boolean).join(', ')})`).join(LINES),
    },
    { field: 'summary' },
    { field: 'practices.id' },
    { field: 'practices.name', join: LINES },
    { field: 'publishedAt' },
    { field: 'sample' },
  ],
};

export const PRACTICES: Dataset<PracticeRecord> = {
  name: 'cach-lam-hay',
  title: 'Cách làm hay',
  description: 'Mỗi dòng một cách làm hay đã đăng, với các bước và kết quả; từng kết quả và từng nơi nhân rộng có tệp riêng.',
  record: practiceRecord,
  columns: [
    { field: 'id' },
    { field: 'url' },
    { field: 'title' },
    { field: 'summary' },
    { field: 'problem' },
    { field: 'steps', join: LINES },
    { field: 'results', cell: (r) => r.results.map((x) => `${x.label}: ${x.value}${x.unit ? ` ${x.unit}` : ''}`).join(LINES) },
    { field: 'conditions', join: LINES },
    { field: 'resources', join: LINES },
    { field: 'exemplars.id' },
    { field: 'exemplars.name', join: LINES },
    { field: 'movements.id' },
    { field: 'movements.name', join: LINES },
    { field: 'replications' },
    { field: 'publishedAt' },
    { field: 'sample' },
  ],
};

export const RESULTS: Dataset<ResultRecord> = {
  name: 'ket-qua',
  title: 'Kết quả của cách làm hay',
  description: 'Mỗi dòng một kết quả bằng con số của một cách làm hay.',
  record: resultRecord,
  columns: [
    { field: 'id' },
    { field: 'url' },
    { field: 'title' },
    { field: 'label' },
    { field: 'value' },
    { field: 'unit' },
    { field: 'sample' },
  ],
};

export const REPLICATIONS: Dataset<ReplicationRecord> = {
  name: 'nhan-rong',
  title: 'Nơi nhân rộng cách làm hay',
  description: 'Mỗi dòng một nơi đã áp dụng một cách làm hay.',
  record: replicationRecord,
  columns: [
    { field: 'id' },
    { field: 'url' },
    { field: 'title' },
    { field: 'place' },
    { field: 'village.id' },
    { field: 'village.name' },
    { field: 'date' },
    { field: 'result' },
    { field: 'sample' },
  ],
};

export const SCRIPTS: Dataset<ScriptRecord> = {
  name: 'truyen-thanh',
  title: 'Kịch bản truyền thanh',
  description: 'Mỗi dòng một kịch bản đã duyệt, với các ngày phát và điển hình, cách làm hay nó nói tới.',
  record: scriptRecord,
  columns: [
    { field: 'id' },
    { field: 'url' },
    { field: 'textUrl' },
    { field: 'title' },
    { field: 'airDates' },
    { field: 'exemplars.id' },
    { field: 'exemplars.name', join: LINES },
    { field: 'practices.id' },
    { field: 'practices.name', join: LINES },
    { field: 'preparedBy.id' },
    { field: 'preparedBy.name' },
    { field: 'summary' },
    { field: 'readingSeconds' },
    { field: 'sample' },
  ],
};

export const PROGRESS: Dataset<ProgressRecord> = {
  name: 'tien-do',
  title: 'Tiến độ theo kế hoạch từng năm',
  description: 'Mỗi năm kế hoạch, mỗi dòng một phong trào, và một dòng cho mỗi đơn vị khi kế hoạch giao chỉ tiêu cho từng đơn vị.',
  record: progressRecord,
  columns: [
    { field: 'year' },
    { field: 'id' },
    { field: 'url' },
    { field: 'movement.id' },
    { field: 'movement.name' },
    { field: 'unit.id' },
    { field: 'unit.name' },
    { field: 'leadUnits.id' },
    { field: 'leadUnits.name', join: LINES },
    { field: 'minimum' },
    { field: 'published' },
    { field: 'recognised' },
    { field: 'replicated' },
    { field: 'met', cell: (r) => metLabel(r.met) },
  ],
};

/** Every dataset, in the order /du-lieu/ lists them. */
export const DATASETS = [EXEMPLARS, PRACTICES, RESULTS, REPLICATIONS, SCRIPTS, PROGRESS] as const;
