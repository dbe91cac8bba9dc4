import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProjectCode } from '../../scripts/lib/site-copy.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

// One real `astro build` of a throw-away copy of the project with several broken files:
// the build must stop, name every broken file, and write no site.
describe('the build with broken content', () => {
  let tree: ReturnType<typeof makeContentTree>;
  let result: { status: number | null; error?: Error | undefined };
  let output = '';
  beforeAll(async () => {
    tree = makeContentTree();
    copyProjectCode(tree.root);
    await writeBrokenFiles(tree);
    const run = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: tree.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: BUILD_TIMEOUT,
    });
    result = run;
    output = `${run.stdout}\n${run.stderr}`;
  }, BUILD_TEST_TIMEOUT);
  afterAll(() => tree?.cleanup());

  it('fails', () => {
    expect(result.error, 'the build did not finish in time').toBeUndefined();
    expect(result.status).not.toBe(0);
  });
  it.each([
    ['content/exemplars/anh-nong-van-thu.mdx:5  movement', 'an unknown movement'],
    ['content/exemplars/ngay-sai.mdx:19  publishedAt', 'a date that does not exist'],
    ['content/exemplars/co-import.mdx:37  nội dung', 'an import in MDX'],
    ['content/practices/trong-hoi-xen-che.mdx:5  frontmatter', 'a phone number'],
    ['content/exemplars/anh-cat-cut.mdx:17  cover.src  Ảnh "cat-cut.jpg" bị hỏng', 'a truncated JPEG'],
    ['content/exemplars/anh-svg.mdx:17  cover.src  Tệp "hinh-ve.svg" không phải ảnh dùng được', 'an SVG cover'],
    [
      'content/exemplars/anh-ngoai.mdx:17  cover.src  Ảnh "../cover.png" nằm ngoài thư mục content/images/',
      'a cover outside content/images/',
    ],
    [
      `content/exemplars/anh-trong-bai.mdx:${fixture('exemplar.mdx').split('\n').length + 1}  nội dung  Không chèn ảnh`,
      'a picture in the body',
    ],
  ])('names %s (%s)', (where) => expect(output).toContain(where));
  it("says nothing in Astro's English about the pictures", () =>
    expect(output).not.toMatch(/ImageNotFound|NoImageMetadata|UnsupportedImage|Could not (find|process)/i));
  it('publishes nothing', () => expect(existsSync(join(tree.root, 'dist/index.html'))).toBe(false));
});

async function writeBrokenFiles(tree: ReturnType<typeof makeContentTree>) {
  tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('movement: nong-thon-moi', 'movement: khong-ton-tai'));
  tree.write('content/exemplars/ngay-sai.mdx', exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-30'));
  tree.write('content/exemplars/co-import.mdx', `${fixture('exemplar.mdx')}\nimport x from '/etc/passwd';\n`);
  tree.write('content/practices/trong-hoi-xen-che.mdx', fixture('practice.mdx').replace('Đất đồi bỏ hoang.', 'Gọi 0912 345 678.'));
  // Pictures that Astro used to copy, or to stop on in English naming another page.
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: '#3a7d44', noise: { type: 'gaussian', mean: 120, sigma: 40 } },
  })
    .jpeg()
    .toBuffer();
  tree.write('content/images/cat-cut.jpg', photo.subarray(0, Math.floor(photo.length * 0.6)));
  tree.write('content/exemplars/anh-cat-cut.mdx', exemplarWith('src: ../images/cover.png', 'src: ../images/cat-cut.jpg'));
  tree.write('content/images/hinh-ve.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"/>');
  tree.write('content/exemplars/anh-svg.mdx', exemplarWith('src: ../images/cover.png', 'src: ../images/hinh-ve.svg'));
  tree.write('content/cover.png', readFileSync(join(tree.root, 'content/images/cover.png')));
  tree.write('content/exemplars/anh-ngoai.mdx', exemplarWith('src: ../images/cover.png', 'src: ../cover.png'));
  tree.write('content/exemplars/anh-trong-bai.mdx', `${fixture('exemplar.mdx')}\n![Vườn hồi](../images/cover.png)\n`);
}
