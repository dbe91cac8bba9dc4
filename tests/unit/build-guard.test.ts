import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exemplarWith, fixture, makeContentTree } from './helpers/content-tree.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

// One real `astro build` of a throw-away copy of the project with several broken files:
// the build must stop, name every broken file, and write no site.
describe('the build with broken content', () => {
  const tree = makeContentTree();
  afterAll(() => tree.cleanup());
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT, item), join(tree.root, item), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(tree.root, 'node_modules'));
  tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('movement: phat-trien-kinh-te', 'movement: khong-ton-tai'));
  tree.write('content/exemplars/ngay-sai.mdx', exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-30'));
  tree.write('content/exemplars/co-import.mdx', `${fixture('exemplar.mdx')}\nimport x from '/etc/passwd';\n`);
  tree.write('content/practices/trong-hoi-xen-che.mdx', fixture('practice.mdx').replace('Đất đồi bỏ hoang.', 'Gọi 0912 345 678.'));

  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: tree.root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;

  it('fails', () => expect(result.status).not.toBe(0));
  it.each([
    ['content/exemplars/anh-nong-van-thu.mdx:5  movement', 'an unknown movement'],
    ['content/exemplars/ngay-sai.mdx:19  publishedAt', 'a date that does not exist'],
    ['content/exemplars/co-import.mdx:37  nội dung', 'an import in MDX'],
    ['content/practices/trong-hoi-xen-che.mdx:5  frontmatter', 'a phone number'],
  ])('names %s (%s)', (where) => expect(output).toContain(where));
  it('publishes nothing', () => expect(existsSync(join(tree.root, 'dist/index.html'))).toBe(false));
});
