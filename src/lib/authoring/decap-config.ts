/**
 * The web editor's settings (Decap CMS `config.yml`), generated from the same zod schemas as
 * the build, `npm run check` and VS Code, through their JSON Schemas (json-schemas.ts): the
 * editor's fields, which are required, the select lists of movements, units, villages and
 * exemplars, and the date format cannot disagree with what the build accepts. Rules that span
 * fields (consent for a person) are left to `npm run check`, which runs on what the editor saves.
 */
import { stringify } from 'yaml';
import {
  AGE_GROUP_LABELS,
  COLLECTION_LABELS,
  EXEMPLAR_KIND_LABELS,
  SCRIPT_STATUS_LABELS,
  SENSITIVE_TOPIC_LABELS,
  STAGE_LABELS,
  type CollectionName,
} from '#schemas/vocabulary.ts';
import { fieldLabel } from './field-labels.ts';
import { jsonSchemaFor, type JsonSchema } from './json-schemas.ts';
import { PICTURE_LIMITS } from '../content/picture-limits.ts';
import { ENTRY_FOLDERS, ENTRY_LABELS, STORY_KINDS } from './new-entry.ts';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

export interface DecapOptions {
  /** Where decap-server answers, e.g. http://127.0.0.1:4323/api/v1. */
  proxyUrl: string;
  ids: ReadonlyMap<CollectionName, readonly string[]>;
  /** Display names of the entries, so a select shows "Thôn Ví Dụ", not thon-vi-du. */
  labels?: ReadonlyMap<CollectionName, ReadonlyMap<string, string>>;
}

/** Fields whose text runs to several sentences: a text area, not a one-line box. */
const LONG_TEXT = new Set(['summary', 'problem', 'result', 'alt', 'text', 'assignment', 'description', 'note']);

const VOCABULARY_LABELS: Readonly<Record<string, string>> = {
  ...EXEMPLAR_KIND_LABELS,
  ...STAGE_LABELS,
  ...SCRIPT_STATUS_LABELS,
  ...SENSITIVE_TOPIC_LABELS,
  ...AGE_GROUP_LABELS,
};

/** The components an author may use (src/lib/content/mdx-components.ts), registered in public/admin/ by cms-admin.ts. */
export const EDITOR_COMPONENTS = ['quote', 'callout'] as const;

export function decapConfig(options: DecapOptions): Record<string, unknown> {
  return {
    backend: { name: 'proxy', proxy_url: options.proxyUrl, branch: 'main' },
    locale: 'vi',
    // The entries' covers live beside them: cover.src is written ../images/<file>.
    media_folder: 'content/images',
    public_folder: '../images',
    // Vietnamese-safe file names, as npm run new makes them (đ → d via clean_accents).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...STORY_KINDS.map((kind) => {
        const collection = ENTRY_FOLDERS[kind] as CollectionName;
        return {
          name: collection,
          label: COLLECTION_LABELS[collection],
          label_singular: ENTRY_LABELS[kind],
          folder: `content/${collection}`,
          extension: 'mdx',
          format: 'frontmatter',
          create: true,
          slug: '{{slug}}',
          identifier_field: 'title',
          summary: '{{title}}',
          sortable_fields: ['title'],
          fields: [...decapFields(jsonSchemaFor(collection, options.ids), '', options), bodyField(kind)],
        };
      }),
      peopleCollection(options),
    ],
  };
}

/**
 * The records of the people stories name: YAML, no body. "Dưới 16 tuổi?" is a required choice
 * with nothing chosen beforehand, so a child cannot be saved as an adult by leaving a default.
 */
function peopleCollection(options: DecapOptions): Record<string, unknown> {
  return {
    name: 'people',
    label: COLLECTION_LABELS.people,
    label_singular: ENTRY_LABELS.person,
    description:
      'Mỗi người có tên trong bài một hồ sơ: sự đồng ý công bố, trẻ em, rút lại đồng ý. Hồ sơ không bao giờ được đăng lên trang.',
    folder: 'content/people',
    extension: 'yaml',
    format: 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'name',
    summary: '{{name}}',
    sortable_fields: ['name'],
    fields: decapFields(jsonSchemaFor('people', options.ids), '', options),
  };
}

export function decapConfigYaml(options: DecapOptions): string {
  const head = '# Sinh tự động từ src/schemas/ (src/lib/authoring/decap-config.ts) mỗi lần chạy npm run cms. Đừng sửa tay.\n';
  return head + stringify(decapConfig(options), { lineWidth: 0 });
}

function bodyField(kind: (typeof STORY_KINDS)[number]): DecapField {
  const base = {
    name: 'body',
    label: kind === 'script' ? 'Lời đọc trên loa' : 'Nội dung bài',
    widget: 'markdown',
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
  if (kind === 'script') {
    // Read aloud: paragraphs only, no headings, lists, links or components.
    return {
      ...base,
      buttons: ['bold', 'italic'],
      editor_components: [],
      hint: 'Câu ngắn, đoạn ngắn, dưới 5 phút đọc. Số, ngày, giờ, chữ viết tắt viết như thường viết: bản cho loa đọc bằng máy tự viết thành lời.',
    };
  }
  return {
    ...base,
    // Markdown, plus the two components: no HTML, code or embedded media the site would refuse.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [...EDITOR_COMPONENTS],
    hint: 'Markdown: ## tiêu đề đoạn, **đậm**, gạch đầu dòng. Nút ＋ chèn Lời trích (Quote) hoặc Khung nhấn mạnh (Callout).',
  };
}

function decapFields(schema: JsonSchema, prefix: string, options: DecapOptions, optionalParent = false): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const made = decapField(name, path, field, !optionalParent && required.has(name), options);
    // A default would make Decap write `consent: { sensitive: [] }` for a story with no consent.
    if (optionalParent) delete made.default;
    return made;
  });
}

function decapField(name: string, path: string, field: JsonSchema, required: boolean, options: DecapOptions): DecapField {
  // Descriptions that speak of files and ids are for VS Code; the web editor shows names.
  const hint = field.description && !/tên tệp trong content|Đường dẫn ảnh/.test(field.description) ? field.description : undefined;
  const base: DecapField = { name, label: fieldLabel(path) ?? name, widget: 'string', required, ...(hint ? { hint } : {}) };
  const shape = field.anyOf?.find((part) => part.type !== 'null') ?? field;

  if (shape.enum) return { ...base, widget: 'select', options: selectOptions(shape.enum, options), ...defaultOf(field) };
  if (shape.type === 'string' && shape.format === 'date') return { ...base, ...dateWidget() };
  if (shape.type === 'string' && shape.contentMediaType?.startsWith('image/')) {
    // The editor refuses a file over the checker's limit before uploading it (src/lib/content/picture-limits.ts).
    return { ...base, widget: 'image', choose_url: false, media_library: { config: { max_file_size: PICTURE_LIMITS.maxBytes } } };
  }
  if (shape.type === 'string')
    return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string', ...lengthPattern(shape, base.label), ...defaultOf(field) };
  if (shape.type === 'integer' || shape.type === 'number') {
    return {
      ...base,
      widget: 'number',
      value_type: shape.type === 'integer' ? 'int' : 'float',
      ...(shape.minimum !== undefined ? { min: shape.minimum } : {}),
      ...(shape.maximum !== undefined ? { max: shape.maximum } : {}),
      ...defaultOf(field),
    };
  }
  if (shape.type === 'boolean') return { ...base, widget: 'boolean', ...defaultOf(field) };
  if (shape.type === 'object')
    return { ...base, widget: 'object', collapsed: !required, fields: decapFields(shape, path, options, !required) };
  if (shape.type === 'array' && shape.items) {
    const items = shape.items;
    const list = { ...base, ...(shape.minItems ? { min: shape.minItems } : {}), ...defaultOf(field) };
    if (items.enum) return { ...list, widget: 'select', multiple: true, options: selectOptions(items.enum, options) };
    if (items.type === 'object') {
      const fields = decapFields(items, path, options);
      return { ...list, widget: 'list', collapsed: true, summary: `{{fields.${fields[0]?.name ?? 'title'}}}`, fields };
    }
    const inner = decapField(name, path, items, true, options);
    const { name: _name, required: _required, hint: _hint, ...rest } = inner;
    return { ...list, widget: 'list', field: { name: 'item', ...rest } };
  }
  return base;
}

function dateWidget(): Partial<DecapField> {
  // Written YYYY-MM-DD as the schemas want, shown the way Vietnamese readers write dates.
  return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
}

function defaultOf(field: JsonSchema): Partial<DecapField> {
  return field.default !== undefined ? { default: field.default } : {};
}

/** zod's length limits as a Decap pattern with a Vietnamese message. */
function lengthPattern(field: JsonSchema, label: string): Partial<DecapField> {
  const min = typeof field.minLength === 'number' && field.minLength > 1 ? field.minLength : undefined;
  const max = typeof field.maxLength === 'number' ? field.maxLength : undefined;
  if (min === undefined && max === undefined) return {};
  const message =
    min !== undefined && max !== undefined
      ? `${label}: từ ${min} đến ${max} ký tự.`
      : min !== undefined
        ? `${label}: ít nhất ${min} ký tự.`
        : `${label}: không quá ${max} ký tự.`;
  return { pattern: [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message] };
}

/** A select's choices, each shown by its name (a village, a movement, a stage…) and saved by its id. */
function selectOptions(values: readonly string[], options: DecapOptions): { label: string; value: string }[] {
  const sameList = [...options.ids].find(([, ids]) => ids.length === values.length && ids.every((id) => values.includes(id)));
  const names = sameList ? options.labels?.get(sameList[0]) : undefined;
  return values.map((value) => ({ label: names?.get(value) ?? VOCABULARY_LABELS[value] ?? value, value }));
}
