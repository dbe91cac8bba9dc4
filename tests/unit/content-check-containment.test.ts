import { afterEach, expect, it, vi } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { formatProblem } from '#lib/content-check/problem.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';

// A rule with a bug, throwing on one file: the kind of exception no test foresaw.
vi.mock('#lib/content-check/frontmatter.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('#lib/content-check/frontmatter.ts')>();
  return {
    ...original,
    parseContentFile: (text: string, kind: 'mdx' | 'yaml') => {
      if (text.includes('Thôn Lỗi')) throw new TypeError("Cannot read properties of undefined (reading 'range')");
      return original.parseContentFile(text, kind);
    },
  };
});

let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

it('turns an exception while checking one file into a problem naming that file, and checks the others', () => {
  tree = makeContentTree();
  tree.write('content/villages/thon-loi.yaml', 'name: Thôn Lỗi\norder: 30\nsample: true\n');
  tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('movement: nong-thon-moi', 'movement: khong-co'));
  const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
  expect(errors.map((e) => `${e.file}:${e.line}  ${e.field}`).sort()).toEqual([
    'content/exemplars/anh-nong-van-thu.mdx:5  movement',
    'content/villages/thon-loi.yaml:1  tệp',
  ]);
  const line = formatProblem(errors.find((e) => e.file.endsWith('thon-loi.yaml'))!);
  expect(line).toMatch(/^content\/villages\/thon-loi\.yaml:1 {2}tệp {2}Trình kiểm tra gặp sự cố với tệp này .*TypeError.* {2}Cách sửa: \S/);
});
