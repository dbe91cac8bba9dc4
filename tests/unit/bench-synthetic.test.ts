import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { communeOf, syntheticContent } from '../../scripts/bench/synthetic.ts';
import { fixture, makeContentTree } from './helpers/fixture-tree.ts';

describe('benchmark content', () => {
  const tree = makeContentTree();
  const files = syntheticContent(50, communeOf(tree.root));
  afterAll(() => tree.cleanup());

  it('has the asked number of entries, in the three kinds, with the records of their people, the same every run', () => {
    expect(files.filter((f) => !f.path.startsWith('people/'))).toHaveLength(50);
    expect(new Set(files.map((f) => f.path.split('/')[0]))).toEqual(new Set(['exemplars', 'practices', 'scripts', 'people']));
    expect(syntheticContent(50, communeOf(tree.root))).toEqual(files);
  });

  it('passes the content checks, so the benchmark builds what a real site would', () => {
    for (const file of files) tree.write(`content/${file.path}`, file.text);
    writeFileSync(join(tree.root, 'content/images/bench.jpg'), fixture('cover.png'));
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
