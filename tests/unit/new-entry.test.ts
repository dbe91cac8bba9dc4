import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEntry } from '../../src/lib/new-entry.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/content-tree.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const node = (root: string, script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000 });

describe('newEntry', () => {
  it('makes a Vietnamese-safe, unique slug', () => {
    const entry = newEntry({ kind: 'practice', title: 'Đường làng sáng đèn', taken: new Set(['duong-lang-sang-den']), today: '2026-11-24', exemplar: 'x' });
    expect(entry.id).toBe('duong-lang-sang-den-2');
    expect(entry.path).toBe('practices/duong-lang-sang-den-2.mdx');
  });
  it('keeps quotes in the title safe in YAML and explains every field in Vietnamese', () => {
    const entry = newEntry({ kind: 'exemplar', title: 'Mô hình "Ngôi nhà 5 không"', taken: new Set(), today: '2026-11-24' });
    expect(entry.text).toContain('title: "Mô hình \\"Ngôi nhà 5 không\\""');
    expect(entry.text).toMatch(/# Loại: tap-the/);
    expect(entry.text).toContain('<Quote by=');
    expect(entry.cover).toBe(`images/${entry.id}.jpg`);
  });
  it('refuses an empty title', () => {
    expect(() => newEntry({ kind: 'script', title: '  ', taken: new Set(), today: '2026-11-24' })).toThrow(/Cần tiêu đề/);
  });
});

// The Propaganda Board's path: `npm run new` for each kind, `npm run check`, and a real build.
describe('npm run new, npm run check and the build', () => {
  const tree = makeContentTree();
  afterAll(() => tree.cleanup());
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(PROJECT, item), join(tree.root, item), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(tree.root, 'node_modules'));

  const made = [
    node(tree.root, 'scripts/new-entry.ts', 'exemplar', 'Tổ hòa giải thôn Nà Chuông', '--village', 'na-chuong', '--movement', 'toan-dan-doan-ket', '--unit', 'uy-ban-mat-tran-to-quoc-xa'),
    node(tree.root, 'scripts/new-entry.ts', 'practice', 'Sổ ghi việc hòa giải', '--exemplar', 'to-hoa-giai-thon-na-chuong'),
    node(tree.root, 'scripts/new-entry.ts', 'script', 'Đài xã nói về tổ hòa giải', '--exemplar', 'to-hoa-giai-thon-na-chuong'),
  ];

  it('writes each kind of entry', () => {
    for (const result of made) expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(tree.root, 'content/exemplars/to-hoa-giai-thon-na-chuong.mdx'))).toBe(true);
    expect(existsSync(join(tree.root, 'content/images/to-hoa-giai-thon-na-chuong.jpg'))).toBe(true);
    expect(readFileSync(join(tree.root, 'content/practices/so-ghi-viec-hoa-giai.mdx'), 'utf8')).toContain('exemplars: [to-hoa-giai-thon-na-chuong]');
    expect(existsSync(join(tree.root, 'content/scripts/dai-xa-noi-ve-to-hoa-giai.mdx'))).toBe(true);
  });

  it('rejects an unknown movement with the valid choices', () => {
    const result = node(tree.root, 'scripts/new-entry.ts', 'exemplar', 'Thử', '--movement', 'khong-co');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('chung-suc-xay-dung-nong-thon-moi');
  });

  it('check passes the new entries and lists what is left to write', () => {
    const result = node(tree.root, 'scripts/check-content.ts');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/content\/exemplars\/to-hoa-giai-thon-na-chuong\.mdx:\d+ {2}summary {2}cảnh báo: Còn chỗ chưa điền/);
  });

  it('the site builds with them', () => {
    const result = node(tree.root, 'node_modules/astro/bin/astro.mjs', 'build');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(tree.root, 'dist/dien-hinh/to-hoa-giai-thon-na-chuong/index.html'))).toBe(true);
    expect(existsSync(join(tree.root, 'dist/cach-lam-hay/so-ghi-viec-hoa-giai/index.html'))).toBe(true);
    // A new script is a draft until approved: not published.
    expect(existsSync(join(tree.root, 'dist/truyen-thanh/dai-xa-noi-ve-to-hoa-giai/index.html'))).toBe(false);
  }, 120_000);

  it('check reports several broken files at once, each with file, line and field', () => {
    tree.write('content/exemplars/sai-phong-trao.mdx', exemplarWith('movement: phat-trien-kinh-te', 'movement: phat-trien-kinh-tee'));
    tree.write('content/exemplars/ngay-khong-co.mdx', exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-30'));
    tree.write('content/practices/co-so-dien-thoai.mdx', fixture('practice.mdx').replace('Đất đồi bỏ hoang.', 'Gọi 0912 345 678.'));
    const result = node(tree.root, 'scripts/check-content.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/content\/exemplars\/sai-phong-trao\.mdx:5 {2}movement {2}.*phat-trien-kinh-te/);
    expect(result.stdout).toMatch(/content\/exemplars\/ngay-khong-co\.mdx:19 {2}publishedAt {2}.*không có thật/);
    expect(result.stdout).toMatch(/content\/practices\/co-so-dien-thoai\.mdx:\d+ {2}\S+ {2}.*(điện thoại|số)/);
    expect(result.stdout).toMatch(/3 lỗi trong 3 tệp|[3-9] lỗi trong 3 tệp/);
  });
});
