import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectCode } from '../../scripts/lib/site-copy.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

/** A throw-away copy of the project with the given content, built once, when a test first asks. */
function siteWith(files: Record<string, string | Buffer>) {
  let result: { status: number | null; output: string; root: string } | undefined;
  const trees: ReturnType<typeof makeContentTree>[] = [];
  afterAll(() => trees.forEach((tree) => tree.cleanup()));
  return () => {
    if (result) return result;
    const tree = makeContentTree();
    trees.push(tree);
    copyProjectCode(tree.root);
    for (const [path, text] of Object.entries(files)) tree.write(path, text);
    const run = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: tree.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: BUILD_TIMEOUT,
    });
    result = { status: run.status, output: `${run.stdout}\n${run.stderr}`, root: tree.root };
    return result;
  };
}

const story = (title: string, images = '../images/') => exemplarWith(/title: .*/, `title: "${title}"`).replace('../images/', images);

/** Every file the build wrote, as text: HTML, RSS, sitemap, .txt, .csv, data files. */
function everythingPublished(dist: string): string {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(html|xml|txt|csv|json|js|webmanifest)$/.test(name))
    .map((name) => readFileSync(join(dist, name), 'utf8'))
    .join('\n');
}

describe('the build reads what the checker read', () => {
  // Old code: the _nhap/ draft went live (home page included) and X.MDX vanished, both without a word.
  const broken = siteWith({
    'content/exemplars/_nhap/bai-nhap.mdx': `${story('Bản nháp có số điện thoại', '../../images/')}\nGọi anh Thử: 0912 345 678.\n`,
    'content/exemplars/Bai-Moi.MDX': story('Đuôi viết hoa'),
    'content/exemplars/bai-ma-cu.mdx': Buffer.from(story('Bà con góp ý'), 'latin1'),
    'content/villages/thon-bom.yaml': [
      'name: &a Thôn Bom',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n'),
  });

  it('stops, naming each file with its line and field, in Vietnamese', { timeout: BUILD_TEST_TIMEOUT }, () => {
    const { status, output } = broken();
    expect(status).not.toBe(0);
    for (const where of [
      'content/exemplars/_nhap/bai-nhap.mdx:37  nội dung  Có số điện thoại',
      'content/exemplars/Bai-Moi.MDX:1  tệp  Đuôi tệp ".MDX" viết hoa',
      'content/exemplars/bai-ma-cu.mdx:2  tệp  Tệp không lưu theo mã UTF-8',
      'content/villages/thon-bom.yaml:2  frontmatter  YAML không đọc được',
    ]) {
      expect(output).toContain(where);
    }
    expect(output).not.toContain('resource exhaustion');
  });

  it('publishes nothing', { timeout: BUILD_TEST_TIMEOUT }, () => {
    expect(existsSync(join(broken().root, 'dist/index.html'))).toBe(false);
  });

  const withDrafts = siteWith({
    'content/exemplars/_nhap/bai-trong-thu-muc-nhap.mdx': `${story('Bản nháp trong thư mục nháp', '../../images/')}\n[Bấm vào đây](javascript:alert(1))\n`,
    'content/exemplars/_bai-nhap.mdx': story('Bản nháp một tệp'),
    'content/exemplars/2022/bai-co-bom.mdx': `\uFEFF${story('Bài lưu kèm BOM', '../../images/')}`,
  });

  it('builds with drafts beside the entries, and publishes no word of them', { timeout: BUILD_TEST_TIMEOUT }, () => {
    const { status, output, root } = withDrafts();
    expect(status, output).toBe(0);
    expect(output).toContain('Bản nháp');
    const published = everythingPublished(join(root, 'dist'));
    for (const text of ['Bản nháp trong thư mục nháp', 'Bản nháp một tệp', 'javascript:alert']) expect(published).not.toContain(text);
  });

  it('publishes a file saved with a byte order mark, its text intact', { timeout: BUILD_TEST_TIMEOUT }, () => {
    const { root } = withDrafts();
    const page = readFileSync(join(root, 'dist/dien-hinh/bai-co-bom/index.html'), 'utf8');
    expect(page).toContain('Bài lưu kèm BOM');
    expect(page).not.toContain('\uFFFD');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain('Bài lưu kèm BOM');
  });
});
