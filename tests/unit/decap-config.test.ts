import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminContentSecurityPolicy, componentsScript } from '#lib/authoring/cms-admin.ts';
import { decapConfig, decapConfigYaml, type DecapField } from '#lib/authoring/decap-config.ts';
import { contentIds, contentLabels } from '#lib/authoring/editor-schemas.ts';
import { FIELD_LABELS, fieldLabel } from '#lib/authoring/field-labels.ts';
import { fieldPaths, jsonSchemaFor } from '#lib/authoring/json-schemas.ts';
import { MDX_COMPONENTS } from '#lib/content/mdx-components.ts';
import { PICTURE_LIMITS } from '#lib/content/picture-limits.ts';
import { COLLECTIONS } from '#schemas/vocabulary.ts';
import { makeContentTree } from './helpers/fixture-tree.ts';

let ids: ReturnType<typeof contentIds>;
let labels: ReturnType<typeof contentLabels>;
let config: { collections: { name: string; folder: string; extension: string; fields: DecapField[] }[]; [key: string]: unknown };
// The fixture commune's movements, units and villages, and one person on record.
beforeAll(() => {
  const tree = makeContentTree();
  try {
    ids = contentIds(tree.root);
    labels = contentLabels(tree.root);
  } finally {
    tree.cleanup();
  }
  config = decapConfig({ proxyUrl: 'http://127.0.0.1:4323/api/v1', ids, labels }) as typeof config;
});
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: DecapField[], path: string): DecapField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field((found.fields as DecapField[]) ?? [found.field as DecapField], rest.join('.')) : found;
};

describe('the web editor settings, generated from the schemas', () => {
  it('edit the three kinds of story in their folders, as MDX, and the people records as YAML', () => {
    expect(config.collections.map((c) => [c.name, c.folder, c.extension])).toEqual([
      ['exemplars', 'content/exemplars', 'mdx'],
      ['practices', 'content/practices', 'mdx'],
      ['scripts', 'content/scripts', 'mdx'],
      ['people', 'content/people', 'yaml'],
    ]);
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:4323/api/v1', branch: 'main' });
    expect(config.media_folder).toBe('content/images');
    expect(config.public_folder).toBe('../images');
  });

  it('offer every movement, unit and village in content/ by name, saving the id', () => {
    const exemplars = collection('exemplars').fields;
    const movement = field(exemplars, 'movement');
    expect(movement.widget).toBe('select');
    expect((movement.options as { value: string }[]).map((o) => o.value)).toEqual(ids.get('movements'));
    expect(movement.options).toContainEqual({ label: 'Dân vận khéo', value: 'dan-van-kheo' });
    expect((field(exemplars, 'village').options as { value: string }[]).map((o) => o.value)).toEqual(ids.get('villages'));
    expect(field(exemplars, 'village').required).toBe(false);
    expect(field(exemplars, 'kind').options).toContainEqual({ label: 'Cá nhân', value: 'ca-nhan' });
    const practiceExemplars = field(collection('practices').fields, 'exemplars');
    expect(practiceExemplars).toMatchObject({ widget: 'select', multiple: true, required: true, min: 1 });
  });

  it('write dates as YYYY-MM-DD and pictures into content/images', () => {
    const exemplars = collection('exemplars').fields;
    expect(field(exemplars, 'publishedAt')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(collection('scripts').fields, 'airDates')).toMatchObject({
      widget: 'list',
      field: { widget: 'datetime', format: 'YYYY-MM-DD' },
    });
    expect(field(exemplars, 'cover.src')).toMatchObject({
      widget: 'image',
      media_library: { config: { max_file_size: PICTURE_LIMITS.maxBytes } },
    });
    expect(field(exemplars, 'cover.alt')).toMatchObject({
      widget: 'text',
      required: true,
      pattern: ['^[\\s\\S]{5,}$', expect.stringContaining('ít nhất 5')],
    });
  });

  it('require what the schema requires, but not the inside of an optional object left empty', () => {
    const exemplars = collection('exemplars').fields;
    expect(field(exemplars, 'title').required).toBe(true);
    const people = collection('people').fields;
    expect(field(people, 'consent').required).toBe(false);
    expect(field(people, 'consent.givenBy').required).toBe(false);
    expect(field(people, 'consent.sensitive').default).toBeUndefined();
    expect(field(exemplars, 'recognitions.form').required).toBe(true);
    // What the editor cannot enforce, it says next to the field.
    expect(field(exemplars, 'kind').hint).toMatch(/Sự đồng ý công bố/);
    expect(field(people, 'consent').hint).toMatch(/trừ tên công khai/);
  });

  it('ask "under 16?" of every person as a required choice with nothing chosen beforehand', () => {
    const ageGroup = field(collection('people').fields, 'ageGroup');
    expect(ageGroup).toMatchObject({ widget: 'select', required: true, label: 'Dưới 16 tuổi?' });
    expect(ageGroup.default).toBeUndefined();
    expect(ageGroup.options).toEqual([
      { label: 'Dưới 16 tuổi (trẻ em)', value: 'duoi-16' },
      { label: 'Từ 16 tuổi trở lên', value: 'tu-16-tro-len' },
    ]);
  });

  it('let a story pick the people it names, by name', () => {
    const people = field(collection('exemplars').fields, 'people');
    expect(people).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(people.options).toContainEqual({ label: 'Nông Văn Thử', value: 'nong-van-thu' });
    for (const c of ['practices', 'scripts']) expect(field(collection(c).fields, 'people').widget).toBe('select');
  });

  it('have a field for every schema field, with its Vietnamese label, and the body', () => {
    for (const c of config.collections) {
      const schema = jsonSchemaFor(c.name as (typeof COLLECTIONS)[number], ids);
      for (const path of fieldPaths(schema)) expect(field(c.fields, path).label, path).toBe(fieldLabel(path));
      if (c.name === 'people') expect(c.fields.some((f) => f.name === 'body')).toBe(false);
      else
        expect(c.fields.at(-1)).toMatchObject({
          name: 'body',
          widget: 'markdown',
          editor_components: c.name === 'scripts' ? [] : ['quote', 'callout'],
        });
    }
  });

  it('is valid YAML with a do-not-edit note', () => {
    const text = decapConfigYaml({ proxyUrl: 'http://x/api/v1', ids, labels });
    expect(text.startsWith('# Sinh tự động')).toBe(true);
    expect(parse(text).collections).toHaveLength(4);
  });
});

describe('field labels', () => {
  it('name every field of every collection in Vietnamese', () => {
    const missing = COLLECTIONS.flatMap((c) =>
      fieldPaths(jsonSchemaFor(c, ids))
        .filter((path) => !fieldLabel(path))
        .map((path) => `${c}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
  it('prefer the most specific label', () => {
    expect(fieldLabel('results.unit')).toBe('Đơn vị tính');
    expect(fieldLabel('unit')).toBe(FIELD_LABELS.unit);
    expect(fieldLabel('consent.sensitive')).not.toBe(fieldLabel('sensitive'));
  });
});

describe('the editor page', () => {
  it('registers exactly the components and attributes the checker allows', () => {
    const script = componentsScript();
    for (const [name, { attributes }] of Object.entries(MDX_COMPONENTS)) {
      expect(script).toContain(`<${name} ${attributes[0]}="`);
    }
    expect(script.match(/registerEditorComponent/g)).toHaveLength(Object.keys(MDX_COMPONENTS).length);
  });
  it('loosens its policy only as Decap needs, and talks only to its own origin', () => {
    const policy = adminContentSecurityPolicy();
    expect(policy).toMatch(/connect-src 'self' blob:(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
