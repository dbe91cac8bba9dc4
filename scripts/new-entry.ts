// Writes a new, valid content entry for the Propaganda Board.
//   npm run new -- exemplar "Tổ hòa giải thôn Ví Dụ" [--kind ca-nhan] [--movement id] [--unit id] [--village id]
//   npm run new -- practice "Sổ việc dân" [--exemplar id]
//   npm run new -- script "Bản tin về tổ hòa giải" [--exemplar id]
//   npm run new -- person "Hoàng Thị Lụa" --age-group duoi-16|tu-16-tro-len
//   npm run new -- exemplar "Chị Hoàng Thị Lụa…" --kind ca-nhan (--person id | --person-name "Hoàng Thị Lụa" --age-group …)
//   npm run new -- plan 2024   (next year's plan, from the latest one)
//   npm run new -- tyz <mã kịch bản>     (bản tiếng Tày; nut: tiếng Nùng)
//   npm run new            (asks, one question at a time, choices from content/)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as clack from '@clack/prompts';
import sharp from 'sharp';
import { discoverContentFiles, readContentFile } from '#lib/content/files.ts';
import { PLACEHOLDER_PICTURE_MARK } from '#lib/content/picture-limits.ts';
import { contentIds, contentLabels, writeEditorSchemas } from '#lib/authoring/editor-schemas.ts';
import { askNewEntry, Cancelled, validatePersonName, type Answers, type Prompts } from '#lib/authoring/new-entry-questions.ts';
import { ENTRY_FOLDERS, ENTRY_KINDS, ENTRY_LABELS, newEntry, type EntryKind } from '#lib/authoring/new-entry.ts';
import { newVersion } from '#lib/authoring/new-version.ts';
import { parseContentFile } from '#lib/content-check/frontmatter.ts';
import { loadSite } from '#lib/site/settings.ts';
import { newPlan, planInForceOf } from './lib/new-plan-command.ts';
import {
  AGE_GROUPS,
  EXEMPLAR_KINDS,
  PERSON_KINDS,
  SCRIPT_APPROVED,
  SCRIPT_LANGUAGE_NAMES,
  SCRIPT_LANGUAGES,
  type AgeGroup,
  type CollectionName,
  type ExemplarKind,
  type ScriptLanguage,
} from '#schemas/vocabulary.ts';

const root = process.cwd();
const content = join(root, 'content');
const ids = contentIds(root);
const idsOf = (collection: CollectionName) => ids.get(collection) ?? [];
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const site = loadSite(root);

const USAGE = `Cách dùng:
  npm run new                                   hỏi từng bước: loại bài, tiêu đề, phong trào, đơn vị, thôn
  npm run new -- exemplar "Tiêu đề" [--kind ca-nhan|ho-gia-dinh|tap-the] [--movement mã] [--unit mã] [--village mã]
  npm run new -- practice "Tiêu đề" [--exemplar mã]
  npm run new -- script "Tiêu đề" [--exemplar mã]
  npm run new -- person "Họ tên" --age-group duoi-16|tu-16-tro-len
  npm run new -- plan <năm>                      kế hoạch năm sau, từ kế hoạch gần nhất
  npm run new -- tyz <mã kịch bản>               bản tiếng Tày (nut: tiếng Nùng)
Hướng dẫn: docs/huong-dan-bien-tap.md`;

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        movement: { type: 'string' },
        unit: { type: 'string' },
        village: { type: 'string' },
        exemplar: { type: 'string' },
        person: { type: 'string' },
        'person-name': { type: 'string' },
        'age-group': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // An option the command does not know: say which, and how the command is used.
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    return fail(`${option ? `Không có tùy chọn ${option}.` : 'Lệnh chưa đúng.'}\n\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

if (positionals[0] === 'plan') newPlan(root, positionals[1], fail);

// A Tày or Nùng version of an existing script: npm run new -- tyz <script-id>.
const [first, second] = positionals;
if (first && (SCRIPT_LANGUAGES as readonly string[]).includes(first)) {
  const language = first as ScriptLanguage;
  const scripts = idsOf('scripts');
  if (!second || !scripts.includes(second)) {
    fail(
      `Cần mã kịch bản tiếng Việt (tên tệp trong content/scripts/, không có .mdx), ví dụ: npm run new -- ${language} ${scripts[0] ?? 'ten-kich-ban'}${second ? `\n"${second}" không có. Các mã có: ${scripts.join(', ')}` : ''}`,
    );
  }
  const file = discoverContentFiles(root, ['scripts']).entries.find((e) => e.collection === 'scripts' && e.id === second)!;
  const source = parseContentFile(readContentFile(join(root, file.file)).text ?? '', 'mdx').data as
    { title?: string; preparedBy?: string } | undefined;
  const version = newVersion({ language, script: second!, scriptTitle: source?.title ?? second!, preparedBy: source?.preparedBy });
  const target = join(content, version.path);
  if (existsSync(target)) fail(`Đã có bản tiếng ${SCRIPT_LANGUAGE_NAMES[language]}: content/${version.path}. Mở tệp đó để sửa.`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, version.text);
  console.log(`Đã tạo bản tiếng ${SCRIPT_LANGUAGE_NAMES[language]}: content/${version.path}

Việc tiếp theo:
  1. Mở tệp, viết tiêu đề và lời đọc bằng tiếng ${SCRIPT_LANGUAGE_NAMES[language]} thay cho chỗ [trong ngoặc vuông].
  2. Khi cán bộ đài đã đọc duyệt, đổi status thành ${SCRIPT_APPROVED}.
  3. npm run check, npm run dev, rồi gửi lên kho như mọi bài (docs/huong-dan-bien-tap.md).`);
  process.exit(0);
}

let answers: Answers;
if (positionals.length === 0) {
  if (!process.stdin.isTTY) fail(`Cần loại bài và tiêu đề: npm run new -- <${ENTRY_KINDS.join('|')}> "Tiêu đề bằng tiếng Việt"`);
  const labels = contentLabels(root);
  clack.intro(`Tạo bài mới cho trang ${site.siteName}`);
  try {
    answers = await askNewEntry(clack as unknown as Prompts, {
      movements: labels.get('movements') ?? new Map(),
      units: labels.get('units') ?? new Map(),
      villages: labels.get('villages') ?? new Map(),
      exemplars: labels.get('exemplars') ?? new Map(),
      people: labels.get('people') ?? new Map(),
    });
  } catch (error) {
    if (error instanceof Cancelled) {
      clack.cancel(error.message);
      process.exit(0);
    }
    throw error;
  }
} else {
  const [kind, title] = positionals;
  if (!kind || !(ENTRY_KINDS as readonly string[]).includes(kind)) {
    fail(
      `Chưa rõ loại bài "${kind ?? ''}". Dùng: npm run new -- <${ENTRY_KINDS.join('|')}> "Tiêu đề bằng tiếng Việt", npm run new -- plan <năm>, hoặc npm run new -- <${SCRIPT_LANGUAGES.join('|')}> <mã kịch bản> cho bản tiếng dân tộc`,
    );
  }
  if (!title?.trim()) fail(`Cần tiêu đề, ví dụ: npm run new -- ${kind} "Tổ hòa giải thôn Ví Dụ"`);
  if (values.kind && !(EXEMPLAR_KINDS as readonly string[]).includes(values.kind)) {
    fail(`--kind "${values.kind}" không hợp lệ. Chọn một trong: ${EXEMPLAR_KINDS.join(', ')}`);
  }
  const ageGroup = values['age-group'];
  if (ageGroup !== undefined && !(AGE_GROUPS as readonly string[]).includes(ageGroup)) {
    fail(`--age-group "${ageGroup}" không hợp lệ. Chọn một trong: ${AGE_GROUPS.join(', ')}`);
  }
  const needsSubject = kind === 'exemplar' && PERSON_KINDS.includes((values.kind ?? 'tap-the') as ExemplarKind);
  const asked = kind === 'person' ? title : needsSubject && !values.person ? values['person-name'] : undefined;
  if (needsSubject && !values.person && !values['person-name']) {
    fail(
      'Bài về cá nhân, hộ gia đình cần hồ sơ của người được nêu gương: --person <mã hồ sơ đã có trong content/people/>, hoặc --person-name "Họ tên đầy đủ" --age-group duoi-16|tu-16-tro-len để tạo hồ sơ mới.',
    );
  }
  if (asked !== undefined) {
    const problem = validatePersonName(asked);
    if (problem) fail(problem);
    // The one question that cannot have a default: a child's record needs a guardian's consent.
    if (!ageGroup)
      fail(
        `Cần trả lời: người này dưới 16 tuổi? Thêm --age-group duoi-16 (dưới 16 tuổi) hoặc --age-group tu-16-tro-len (từ 16 tuổi trở lên).`,
      );
  }
  answers = {
    kind: kind as EntryKind,
    title: title!,
    exemplarKind: values.kind as ExemplarKind | undefined,
    movement: values.movement,
    unit: values.unit,
    village: values.village,
    exemplar: values.exemplar,
    person: values.person,
    personName: kind === 'person' ? undefined : values['person-name'],
    ageGroup: values['age-group'] as AgeGroup | undefined,
  };
}

for (const [flag, collection] of [
  ['movement', 'movements'],
  ['unit', 'units'],
  ['village', 'villages'],
  ['exemplar', 'exemplars'],
  ['person', 'people'],
] as const) {
  const value = answers[flag];
  if (value && !idsOf(collection).includes(value)) {
    fail(`--${flag} "${value}" không có trong content/${collection}/. Chọn một trong: ${idsOf(collection).join(', ')}`);
  }
}
// A practice or a script belongs to an exemplar: the first one until the author picks another.
const exemplar = answers.exemplar || (answers.kind === 'exemplar' || answers.kind === 'person' ? undefined : idsOf('exemplars')[0]);
if ((answers.kind === 'practice' || answers.kind === 'script') && !exemplar)
  fail('Chưa có điển hình nào: tạo điển hình trước (npm run new -- exemplar "…").');

/**
 * What an entry names until the author chooses: the first movement of the plan in force and a lead
 * unit of the chosen movement there, ids that exist and that the progress page counts.
 */
function defaultsFor(movement: string | undefined) {
  const targets = planInForceOf(root)?.data.movements ?? [];
  const chosen = movement ?? targets[0]?.movement ?? idsOf('movements')[0] ?? 'ma-phong-trao';
  const lead = targets.find((t) => t.movement === chosen)?.leadUnits[0];
  return { movement: String(chosen), unit: String(lead ?? idsOf('units')[0] ?? 'ma-don-vi'), village: idsOf('villages')[0] };
}

const today = new Date().toISOString().slice(0, 10);
const made: string[] = [];
// An exemplar about someone not yet on record: their record first, with the required answer.
let subject = answers.person;
if (answers.kind === 'exemplar' && !subject && answers.personName) {
  const record = newEntry({
    kind: 'person',
    title: answers.personName,
    taken: new Set(idsOf('people')),
    today,
    ageGroup: answers.ageGroup,
    site,
    defaults: defaultsFor(answers.movement),
  });
  const path = join(content, record.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, record.text);
  made.push(`Đã tạo ${ENTRY_LABELS.person}: content/${record.path}`);
  subject = record.id;
}
const entry = newEntry({
  kind: answers.kind,
  title: answers.title,
  taken: new Set(idsOf(ENTRY_FOLDERS[answers.kind] as CollectionName)),
  today,
  exemplarKind: answers.exemplarKind,
  movement: answers.movement,
  unit: answers.unit,
  village: answers.village || undefined,
  exemplar,
  site,
  defaults: defaultsFor(answers.movement),
  people: subject ? [subject] : [],
  subjectName: answers.personName ?? (subject ? contentLabels(root).get('people')?.get(subject) : undefined),
  ageGroup: answers.ageGroup,
});
const target = join(content, entry.path);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);
made.push(`Đã tạo ${ENTRY_LABELS[answers.kind]}: content/${entry.path}`);
if (entry.cover) {
  const cover = join(content, entry.cover);
  if (!existsSync(cover)) {
    mkdirSync(dirname(cover), { recursive: true });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#e7e5e4"/><text x="600" y="330" font-family="DejaVu Sans, sans-serif" font-size="48" text-anchor="middle" fill="#44403c">Ảnh tạm: thay bằng ảnh thật</text></svg>`;
    await sharp(Buffer.from(svg))
      .jpeg({ quality: 70 })
      .withExif({ IFD0: { ImageDescription: PLACEHOLDER_PICTURE_MARK } })
      .toFile(cover);
    made.push(`Đã đặt ảnh tạm content/${entry.cover}: chép ảnh thật đè lên, cùng tên tệp.`);
  }
}
// The editors' lists of valid ids now include the new entry.
writeEditorSchemas(root);

const record =
  answers.kind === 'person' ? `content/${entry.path}` : answers.personName && subject ? `content/people/${subject}.yaml` : undefined;
console.log(`${made.join('\n')}

Việc tiếp theo:
  1. Mở content/${entry.path}, thay mọi chỗ [trong ngoặc vuông] bằng nội dung thật.${
    record ? `\n     Điền phần consent trong ${record} theo phiếu đồng ý: chưa điền thì không bài nào nêu tên người này được đăng.` : ''
  }${answers.kind === 'person' ? '' : '\n     Ai có tên trong bài thì ghi mã hồ sơ vào people (npm run check chỉ ra tên nào còn thiếu).'}
  2. npm run check     kiểm tra, liệt kê mọi lỗi và chỗ chưa điền, kèm cách sửa.
  3. npm run dev       xem trước tại http://localhost:4321
  4. Gửi lên kho (git commit, push) để đăng. Hướng dẫn: docs/huong-dan-bien-tap.md`);
