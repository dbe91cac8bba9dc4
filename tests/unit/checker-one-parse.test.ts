import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';

// The yaml package's document, with every node's position, is what a file costs the checker
// beyond its one parse (js-yaml): it must be built only where a problem needs a line.
const { parseDocument } = vi.hoisted(() => ({ parseDocument: vi.fn() }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  parseDocument.mockImplementation(yaml.parseDocument);
  return { ...yaml, parseDocument };
});

let tree: ReturnType<typeof makeContentTree>;
afterEach(() => {
  tree?.cleanup();
  parseDocument.mockClear();
});

describe('the content checker parses each file once', () => {
  it('builds no positioned YAML document for the entries of a commune whose files are all fine', () => {
    tree = makeContentTree();
    const { problems } = checkContent(tree.root);
    expect(problems).toEqual([]);
    // Only site.yaml may be placed: its office phone is found, and allowed by the line it stands on.
    const placed = parseDocument.mock.calls.map(([text]) => String(text));
    expect(placed.filter((text) => !/^siteName:/m.test(text))).toEqual([]);
  });

  it('builds one where a problem needs its line, and reports that line', () => {
    tree = makeContentTree();
    tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('movement: nong-thon-moi', 'movement: kinh-te-so'));
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
    expect(errors).toMatchObject([{ file: 'content/exemplars/anh-nong-van-thu.mdx', line: 5, field: 'movement' }]);
    expect(parseDocument).toHaveBeenCalled();
  });
});
