import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentAndPictures } from '#lib/content-check/checker.ts';
import { PLACEHOLDER_PICTURE_MARK } from '#lib/content/picture-limits.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';

const EXEMPLAR = 'content/exemplars/anh-nong-van-thu.mdx';
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

const picture = (description?: string) => {
  const image = sharp({ create: { width: 1200, height: 630, channels: 3, background: '#e7e5e4' } }).jpeg({ quality: 70 });
  return (description ? image.withExif({ IFD0: { ImageDescription: description } }) : image).toBuffer();
};

async function coverWarnings(description?: string) {
  tree = makeContentTree();
  tree.write('content/images/bia.jpg', await picture(description));
  tree.write(EXEMPLAR, exemplarWith('src: ../images/cover.png', 'src: ../images/bia.jpg'));
  return (await checkContentAndPictures(tree.root)).problems.filter((p) => p.field === 'cover.src');
}

describe('the temporary cover npm run new draws', () => {
  it('is a warning at the line of the cover while it is still in place', async () => {
    const problems = await coverWarnings(PLACEHOLDER_PICTURE_MARK);
    expect(problems).toEqual([expect.objectContaining({ file: EXEMPLAR, severity: 'warning' })]);
    expect(problems[0]!.message).toContain('vẫn là ảnh tạm');
  });

  it('is not reported once a real photo replaces it, whatever its description', async () => {
    expect(await coverWarnings()).toEqual([]);
    expect(await coverWarnings('Tổ đổi công dựng nhà')).toEqual([]);
  });
});
