import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASETS, EXEMPLARS, PRACTICES, PROGRESS, REPLICATIONS, RESULTS, SCRIPTS } from '#lib/open-data/datasets.ts';
import { fieldsOf, recordSchema, schemaAt } from '#lib/open-data/fields.ts';
import { checkRows, csvFile, fileSize, jsonFile, schemaFile } from '#lib/open-data/formats.ts';
import {
  exemplarRows,
  practiceRows,
  progressRows,
  replicationRows,
  resultRows,
  scriptRows,
  type ExemplarIn,
  type Names,
  type PracticeIn,
} from '#lib/open-data/rows.ts';
import type { MovementProgress, ProgressRow } from '#lib/plan/progress.ts';

const base = 'https://guongsang.example';
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const names: Names = {
  movements: new Map([
    ['ntm', 'Chung sức xây dựng nông thôn mới'],
    ['hoc', 'Khuyến học'],
  ]),
  units: new Map([
    ['mat-tran', 'Ủy ban Mặt trận'],
    ['truong', 'Trường Tiểu học'],
  ]),
  villages: new Map([['dong', 'Thôn Đồng Tâm']]),
  exemplars: new Map([
    ['to-dan-van', 'Tổ dân vận thôn Đồng Tâm'],
    ['ba-lan', 'Bà Nông Thị Lan'],
  ]),
  practices: new Map([['hop-toi', 'Họp tổ tối thứ bảy']]),
};
const exemplar = (id: string, extra: Partial<ExemplarIn['data']> = {}): ExemplarIn => ({
  id,
  data: {
    title: `Bài về ${id}`,
    name: names.exemplars.get(id)!,
    kind: 'tap-the',
    movement: { id: 'ntm' },
    unit: { id: 'mat-tran' },
    village: { id: 'dong' },
    year: 2024,
    stage: 'ton-vinh',
    recognitions: [{ form: 'Giấy khen', issuer: 'Chủ tịch UBND xã', decision: 'Quyết định số 12/QĐ-UBND', date: day('2024-05-02') }],
    summary: 'Tóm tắt, có dấu phẩy và "ngoặc kép".',
    publishedAt: day('2024-06-10'),
    sample: true,
    ...extra,
  },
});
const practice: PracticeIn = {
  id: 'hop-toi',
  data: {
    title: 'Họp tổ tối thứ bảy',
    summary: 'Một buổi họp ngắn mỗi tuần.',
    problem: 'Bà con ít dịp nói với cán bộ.',
    steps: ['Chọn giờ bà con rảnh.', 'Ghi lại việc bà con nêu; hẹn ngày trả lời.'],
    results: [
      { label: 'Việc được giải quyết', value: 12, unit: 'việc' },
      { label: 'Diện tích', value: 1.5, unit: 'ha' },
    ],
    conditions: [],
    resources: ['Nhà văn hóa thôn'],
    exemplars: [{ id: 'to-dan-van' }, { id: 'ba-lan' }],
    replications: [
      { place: 'Thôn Đồng Tâm', village: { id: 'dong' }, date: day('2025-01-10'), result: 'Họp theo cách này từ đầu năm.' },
      { place: 'Xã bạn', date: day('2025-03-01'), result: 'Đã áp dụng.' },
    ],
    publishedAt: day('2024-07-01'),
    sample: false,
  },
};
const exemplars = [
  exemplar('to-dan-van'),
  exemplar('ba-lan', { kind: 'ca-nhan', village: undefined, movement: { id: 'hoc' }, unit: { id: 'truong' }, recognitions: [] }),
];

describe('every dataset', () => {
  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s: every CSV column has a Vietnamese header and description from the schema, headers unique',
    (_, dataset) => {
      const fields = fieldsOf(dataset as never);
      expect(fields.length).toBe(dataset.columns.length);
      for (const f of fields) expect(f.description.length, f.field).toBeGreaterThan(5);
      expect(new Set(fields.map((f) => f.header)).size).toBe(fields.length);
    },
  );

  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s: every field of the JSON Schema is titled and described, and objects admit no other key',
    (_, dataset) => {
      const visit = (node: Record<string, unknown>, path: string) => {
        const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
        if (properties) {
          expect(node.additionalProperties, path).toBe(false);
          for (const [key, child] of Object.entries(properties)) {
            expect(child.title, `${path}.${key}`).toBeTruthy();
            expect(child.description, `${path}.${key}`).toBeTruthy();
            visit(child, `${path}.${key}`);
          }
        }
        for (const inner of [node.items, ...((node.anyOf as unknown[]) ?? [])]) if (inner) visit(inner as Record<string, unknown>, path);
      };
      visit(recordSchema(dataset as never) as Record<string, unknown>, dataset.name);
    },
  );

  it('names its files without clashing', () => {
    expect(new Set(DATASETS.map((d) => d.name)).size).toBe(DATASETS.length);
  });
});

describe('exemplar rows', () => {
  const rows = exemplarRows(exemplars, [practice], names, base);

  it('carry the id, the absolute address, references as ids with names, and ISO dates', () => {
    expect(rows[0]).toMatchObject({
      id: 'to-dan-van',
      url: 'https://guongsang.example/dien-hinh/to-dan-van/',
      kind: 'tap-the',
      kindLabel: 'Tập thể',
      movement: { id: 'ntm', name: 'Chung sức xây dựng nông thôn mới' },
      unit: { id: 'mat-tran', name: 'Ủy ban Mặt trận' },
      village: { id: 'dong', name: 'Thôn Đồng Tâm' },
      stageLabel: 'Tôn vinh, khen thưởng',
      recognitions: [{ form: 'Giấy khen', issuer: 'Chủ tịch UBND xã', decision: 'Quyết định số 12/QĐ-UBND', date: '2024-05-02' }],
      practices: [{ id: 'hop-toi', name: 'Họp tổ tối thứ bảy' }],
      publishedAt: '2024-06-10',
      sample: true,
    });
    expect(rows[1]!.village).toBeNull();
    expect(checkRows(EXEMPLARS, rows)).toEqual(rows);
  });

  it('stop the build on a reference to an entry that is not published', () => {
    expect(() => exemplarRows([exemplar('to-dan-van', { unit: { id: 'an' } })], [], names, base)).toThrow(/"an".*exemplars\/to-dan-van/);
  });
});

describe('checkRows', () => {
  const [row] = exemplarRows(exemplars, [], names, base);

  it('refuses a field that the schema does not publish, such as a consent record', () => {
    expect(() => checkRows(EXEMPLARS, [{ ...row, consent: { givenBy: 'Nông Thị Lan' } }])).toThrow(/dien-hinh: dòng 1.*consent/);
  });
  it('refuses a row without a field the schema requires', () => {
    const { url: _, ...withoutUrl } = row!;
    expect(() => checkRows(EXEMPLARS, [row, withoutUrl])).toThrow(/dòng 2, trường "url"/);
  });
});

describe('practice rows and their own files', () => {
  it('name the movements of their exemplars once each, and count replications', () => {
    const [row] = practiceRows([practice], exemplars, names, base);
    expect(row!.movements).toEqual([
      { id: 'ntm', name: 'Chung sức xây dựng nông thôn mới' },
      { id: 'hoc', name: 'Khuyến học' },
    ]);
    expect(row!.exemplars.map((e) => e.name)).toEqual(['Tổ dân vận thôn Đồng Tâm', 'Bà Nông Thị Lan']);
    expect(row!.replications).toBe(2);
    expect(checkRows(PRACTICES, [row])).toHaveLength(1);
  });

  it('one row per result, with the number as a number', () => {
    const rows = resultRows([practice], base);
    expect(rows.map((r) => [r.id, r.label, r.value, r.unit])).toEqual([
      ['hop-toi', 'Việc được giải quyết', 12, 'việc'],
      ['hop-toi', 'Diện tích', 1.5, 'ha'],
    ]);
    expect(checkRows(RESULTS, rows)).toHaveLength(2);
  });

  it('one row per replication, the village null where the place is not one of the villages', () => {
    const rows = replicationRows([practice], names, base);
    expect(rows.map((r) => [r.id, r.url, r.place, r.village, r.date])).toEqual([
      ['hop-toi', 'https://guongsang.example/cach-lam-hay/hop-toi/', 'Thôn Đồng Tâm', { id: 'dong', name: 'Thôn Đồng Tâm' }, '2025-01-10'],
      ['hop-toi', 'https://guongsang.example/cach-lam-hay/hop-toi/', 'Xã bạn', null, '2025-03-01'],
    ]);
    expect(checkRows(REPLICATIONS, rows)).toHaveLength(2);
  });
});

describe('script rows', () => {
  it('list air dates in order as ISO days, subjects with names, the plain-text address', () => {
    const [row] = scriptRows(
      [
        {
          id: 'ban-tin',
          seconds: 95,
          data: {
            title: 'Bản tin',
            airDates: [day('2025-03-10'), day('2025-02-01')],
            exemplars: [{ id: 'to-dan-van' }],
            practices: [{ id: 'hop-toi' }],
            sample: true,
          },
        },
      ],
      names,
      base,
    );
    expect(row).toMatchObject({
      textUrl: 'https://guongsang.example/truyen-thanh/ban-tin.txt',
      airDates: ['2025-02-01', '2025-03-10'],
      exemplars: [{ id: 'to-dan-van', name: 'Tổ dân vận thôn Đồng Tâm' }],
      practices: [{ id: 'hop-toi', name: 'Họp tổ tối thứ bảy' }],
      preparedBy: null,
      summary: null,
      readingSeconds: 95,
    });
    expect(checkRows(SCRIPTS, [row])).toHaveLength(1);
  });
});

describe('progress rows', () => {
  const count = (unitId: string | null, published: number, minimum: number): ProgressRow => ({
    movementId: 'hoc',
    movementName: 'Khuyến học',
    unitId,
    unitNames: [],
    minimum,
    published,
    recognised: 0,
    replicated: 0,
    met: published >= minimum,
  });
  const rows: MovementProgress[] = [
    { movementId: 'ntm', total: { ...count(null, 2, 1), movementId: 'ntm' }, units: [] },
    { movementId: 'hoc', total: count(null, 1, 2), units: [count('mat-tran', 1, 1), count('truong', 0, 1)] },
  ];
  const leadUnits = new Map([
    ['ntm', ['mat-tran']],
    ['hoc', ['mat-tran', 'truong']],
  ]);

  it('give each year its movements, then a row per unit where the plan sets the minimum per unit', () => {
    const out = progressRows([{ plan: { id: 'ke-hoach-2024' }, year: 2024, rows, leadUnits }], names, base);
    expect(out.map((r) => [r.year, r.movement.id, r.unit?.id ?? null, r.minimum, r.published, r.met])).toEqual([
      [2024, 'ntm', null, 1, 2, true],
      [2024, 'hoc', null, 2, 1, false],
      [2024, 'hoc', 'mat-tran', 1, 1, true],
      [2024, 'hoc', 'truong', 1, 0, false],
    ]);
    expect(out[1]!.leadUnits.map((u) => u.name)).toEqual(['Ủy ban Mặt trận', 'Trường Tiểu học']);
    expect(out[0]!.url).toBe('https://guongsang.example/tien-do/2024/');
    expect(checkRows(PROGRESS, out)).toHaveLength(4);
  });
});

describe('files', () => {
  const publication = {
    base,
    publisher: 'Ủy ban nhân dân xã Đồng Tâm, tỉnh Thái Nguyên',
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  };
  const rows = exemplarRows(exemplars, [practice], names, base);

  it('the CSV parses with a real CSV parser: BOM, Vietnamese headers, commas, quotes and line breaks inside cells intact', () => {
    const text = csvFile(PRACTICES, practiceRows([practice], exemplars, names, base));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(fieldsOf(PRACTICES as never).map((f) => f.header));
    const cell = (field: string) => row![PRACTICES.columns.findIndex((c) => c.field === field)];
    expect(cell('steps')).toBe('Chọn giờ bà con rảnh.\nGhi lại việc bà con nêu; hẹn ngày trả lời.');
    expect(cell('results')).toBe('Việc được giải quyết: 12 việc\nDiện tích: 1.5 ha');
    expect(cell('exemplars.id')).toBe('to-dan-van; ba-lan');
    expect(cell('sample')).toBe('không');
  });

  it('the exemplar CSV writes the recognitions in words and an empty cell for no village', () => {
    const [header, first, second] = parse(csvFile(EXEMPLARS, rows), { bom: true }) as string[][];
    expect(header!.slice(0, 4)).toEqual(['Mã', 'Địa chỉ', 'Tiêu đề', 'Tên']);
    expect(first![header!.indexOf('Khen thưởng')]).toBe('Giấy khen (Chủ tịch UBND xã, Quyết định số 12/QĐ-UBND, 2024-05-02)');
    expect(first![header!.indexOf('Tóm tắt')]).toBe('Tóm tắt, có dấu phẩy và "ngoặc kép".');
    expect(second![header!.indexOf('Mã thôn')]).toBe('');
  });

  it('the JSON file says who publishes it, under which licence and schema, and holds the rows', () => {
    const file = JSON.parse(jsonFile(EXEMPLARS, rows, publication));
    expect(file).toMatchObject({
      $schema: 'https://guongsang.example/du-lieu/dien-hinh.schema.json',
      publisher: publication.publisher,
      license: publication.license,
      source: 'https://guongsang.example/du-lieu/',
      count: 2,
    });
    expect(file.items).toEqual(rows);
  });

  it('the JSON Schema describes that file: its items are the row schema', () => {
    const schema = JSON.parse(schemaFile(EXEMPLARS as never, publication));
    expect(schema.$id).toBe('https://guongsang.example/du-lieu/dien-hinh.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['license', 'items']));
    const { $schema: _, ...item } = recordSchema(EXEMPLARS as never);
    expect(schema.properties.items.items).toEqual(item);
    expect(schemaAt(schema.properties.items, 'village.name')?.title).toBe('Tên thôn');
  });
});

describe('fileSize', () => {
  it('writes sizes the Vietnamese way', () => {
    expect(fileSize(850)).toBe('850 byte');
    expect(fileSize(12_345)).toBe('12,3 kB');
  });
});
