import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { fixture, makeContentTree } from './helpers/fixture-tree.ts';

// A file's name is its page's address, a line of the sitemap and a row of the open data.
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => tree?.cleanup());

describe('the file name of an entry', () => {
  it('may not carry a phone number, however it is grouped', () => {
    tree = makeContentTree();
    tree.write('content/practices/to-banh-goi-0912345678.mdx', fixture('practice.mdx'));
    tree.write('content/practices/to-rau-lien-he-0912-345-678.mdx', fixture('practice.mdx'));
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error' && p.field === 'tệp');
    expect(errors.map((p) => p.file).sort()).toEqual([
      'content/practices/to-banh-goi-0912345678.mdx',
      'content/practices/to-rau-lien-he-0912-345-678.mdx',
    ]);
    expect(errors[0]!.message).toMatch(/^Tên tệp có số điện thoại \(09…78\)/);
  });

  it('may carry years and numbers that are not private', () => {
    tree = makeContentTree();
    tree.write('content/practices/ke-hoach-2023-2025-thon-12.mdx', fixture('practice.mdx'));
    expect(checkContent(tree.root).problems.filter((p) => p.field === 'tệp')).toEqual([]);
  });
});
