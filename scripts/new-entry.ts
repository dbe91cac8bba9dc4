// Writes a new, valid content entry for the Propaganda Board.
//   npm run new -- exemplar "Tổ hòa giải thôn Nà Chuông" [--movement id] [--unit id] [--village id]
//   npm run new -- practice "Sổ việc dân" [--exemplar id]
//   npm run new -- script "Bản tin về tổ hòa giải" [--exemplar id]
//   npm run new            (asks, one question at a time)
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { writeEditorSchemas } from '../src/lib/editor-schemas.ts';
import { ENTRY_FOLDERS, ENTRY_KINDS, ENTRY_LABELS, newEntry, type EntryKind } from '../src/lib/new-entry.ts';

const content = join(process.cwd(), 'content');
const ids = (folder: string) =>
  existsSync(join(content, folder))
    ? readdirSync(join(content, folder)).filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => f.replace(/\.(mdx|ya?ml)$/, '')).sort()
    : [];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { movement: { type: 'string' }, unit: { type: 'string' }, village: { type: 'string' }, exemplar: { type: 'string' } },
});
let [kind, title] = positionals as [string | undefined, string | undefined];
const options: { movement?: string | undefined; unit?: string | undefined; village?: string | undefined; exemplar?: string | undefined } = { ...values };

if (!kind) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const choose = async (question: string, list: readonly string[], fallback?: string) => {
    if (list.length === 0) return fallback;
    console.log(`\n${question}`);
    list.forEach((item, i) => console.log(`  ${i + 1}. ${item}`));
    const answer = (await rl.question('Chọn số: ')).trim();
    return list[Number(answer) - 1] ?? fallback ?? list[0];
  };
  kind = await choose('Bài gì?', ENTRY_KINDS.map((k) => `${k} (${ENTRY_LABELS[k]})`));
  kind = kind?.split(' ')[0];
  title = (await rl.question('\nTiêu đề bằng tiếng Việt: ')).trim();
  if (kind === 'exemplar') {
    options.movement = await choose('Phong trào:', ids('movements'));
    options.unit = await choose('Đơn vị đề xuất:', ids('units'));
    options.village = await choose('Thôn (Enter để bỏ qua):', ids('villages'), '');
  } else {
    options.exemplar = await choose('Điển hình liên quan:', ids('exemplars'));
  }
  rl.close();
}

if (!kind || !(ENTRY_KINDS as readonly string[]).includes(kind)) {
  console.error(`Chưa rõ loại bài "${kind ?? ''}". Dùng: npm run new -- <${ENTRY_KINDS.join('|')}> "Tiêu đề"`);
  process.exit(1);
}
const entryKind = kind as EntryKind;
if (!title?.trim()) {
  console.error(`Cần tiêu đề, ví dụ: npm run new -- ${entryKind} "Tổ hòa giải thôn Nà Chuông"`);
  process.exit(1);
}
for (const [flag, folder] of [['movement', 'movements'], ['unit', 'units'], ['village', 'villages'], ['exemplar', 'exemplars']] as const) {
  const value = options[flag];
  if (value && !ids(folder).includes(value)) {
    console.error(`--${flag} "${value}" không có trong content/${folder}/. Chọn một trong: ${ids(folder).join(', ')}`);
    process.exit(1);
  }
}
const exemplar = options.exemplar || (entryKind === 'exemplar' ? undefined : ids('exemplars')[0]);
if (entryKind !== 'exemplar' && !exemplar) {
  console.error('Chưa có điển hình nào: tạo điển hình trước (npm run new -- exemplar "…").');
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const entry = newEntry({
  kind: entryKind,
  title,
  taken: new Set(ids(ENTRY_FOLDERS[entryKind])),
  today,
  movement: options.movement,
  unit: options.unit,
  village: options.village || undefined,
  exemplar,
});
const target = join(content, entry.path);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);
console.log(`Đã tạo content/${entry.path}`);
if (entry.cover) {
  const cover = join(content, entry.cover);
  mkdirSync(dirname(cover), { recursive: true });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#e7e5e4"/><text x="600" y="330" font-family="DejaVu Sans, sans-serif" font-size="48" text-anchor="middle" fill="#44403c">Ảnh tạm: thay bằng ảnh thật</text></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toFile(cover);
  console.log(`Đã đặt ảnh tạm content/${entry.cover}: thay bằng ảnh thật (cùng tên tệp).`);
}
writeEditorSchemas(process.cwd());
console.log(`
Việc tiếp theo:
  1. Mở content/${entry.path}, thay các chỗ [trong ngoặc vuông] bằng nội dung thật.
  2. npm run check     (kiểm tra, liệt kê mọi lỗi và chỗ chưa điền)
  3. npm run dev       (xem trước tại http://localhost:4321)`);
