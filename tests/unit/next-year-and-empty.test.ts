import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteCopy, makeSiteCopy, PROJECT } from '../../scripts/lib/site-copy.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT, COMMAND_TIMEOUT } from './helpers/timeouts.ts';

// The commune's two moments that must be one command each: next year's plan, and a site with no
// story yet (a commune that has just removed the sample). Built on copies of the fixture site.
const FIXTURE = join(PROJECT, 'tests/fixtures/sites/minh-tien/content');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const copy = (name: string) => {
  const dir = join(tmpdir(), `guong-sang-${name}-${process.pid}`);
  dirs.push(dir);
  makeSiteCopy(dir, FIXTURE);
  return dir;
};
const html = (dir: string, path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const text = (page: string) =>
  page
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });
}

describe('next year', () => {
  it(
    'npm run new -- plan makes the new year current at once, counts no older story toward it, and shows no [Ghi …] to residents',
    () => {
      const dir = copy('nam-sau');
      const made = spawnSync(process.execPath, ['scripts/new-entry.ts', 'plan', '2026'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: COMMAND_TIMEOUT,
      });
      expect(made.status, made.stderr).toBe(0);
      const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: dir, encoding: 'utf8', timeout: COMMAND_TIMEOUT });
      expect(check.status, check.stdout).toBe(0);
      expect(check.stdout).toMatch(/ke-hoach-2026\.yaml:\d+ {2}summary {2}cảnh báo: Còn chỗ chưa điền/);
      buildSiteCopy(dir, {}, BUILD_TIMEOUT);
      const progress = text(html(dir, 'tien-do'));
      expect(progress).toContain('Tiến độ thực hiện kế hoạch năm 2026');
      expect(progress).toContain('0/3 phong trào đạt chỉ tiêu');
      expect(text(html(dir, 'tien-do/2025'))).toContain('1/3 phong trào đạt chỉ tiêu');
      expect(text(html(dir, ''))).toContain('Kế hoạch năm 2026 đang được cập nhật từ văn bản');
      const leaked = pages(join(dir, 'dist')).filter((file) => text(readFileSync(file, 'utf8')).includes('[Ghi'));
      expect(leaked).toEqual([]);
    },
    BUILD_TEST_TIMEOUT,
  );
});

describe('a site with no story yet', () => {
  it(
    'builds, and its search page says there is nothing to search yet',
    () => {
      const dir = copy('trong');
      for (const folder of ['exemplars', 'practices', 'scripts']) rmSync(join(dir, 'content', folder), { recursive: true });
      const output = buildSiteCopy(dir, {}, BUILD_TIMEOUT);
      expect(output).toContain('Chưa có bài nào');
      expect(html(dir, 'tim-kiem')).toContain('data-entries="0"');
      expect(text(html(dir, 'dien-hinh'))).toMatch(/chưa có/i);
    },
    BUILD_TEST_TIMEOUT,
  );
});
