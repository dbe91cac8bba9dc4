import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_KEY, ContentError, checkedContentFiles, startContentCheck } from '#lib/content-check/background.ts';
import { checkContent } from '#lib/content-check/checker.ts';
import { parseContentFile } from '#lib/content-check/frontmatter.ts';
import { formatProblem } from '#lib/content-check/problem.ts';
import { FORMAT, SCRIPT_VERSIONS, type LoadedCollection } from '#lib/content/files.ts';
import { checkedLoader, mdxLoader } from '#lib/content/loaders.ts';
import { contentIds, contentLabels } from '#lib/authoring/editor-schemas.ts';
import { COLLECTIONS, SITE_COLLECTIONS } from '#schemas/vocabulary.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';

const EXEMPLAR = 'content/exemplars/anh-nong-van-thu.mdx';
let tree: ReturnType<typeof makeContentTree>;
afterEach(() => {
  tree?.cleanup();
  delete (globalThis as Record<symbol, unknown>)[CONTENT_CHECK_KEY];
});

/** A draft with what the hostile tester put in one: a phone number and a javascript: link. */
const hostileDraft = (title: string) =>
  exemplarWith(/title: .*/, `title: "${title}"`).replace('../images/', '../../images/') +
  '\nGọi anh Thử: 0912 345 678. [Bấm vào đây](javascript:alert(1))\n';

/** Everything the hostile tester tried, and the ordinary cases beside it. */
function trickyTree() {
  tree = makeContentTree();
  const story = (title: string, images = '../../images/') => exemplarWith(/title: .*/, `title: "${title}"`).replace('../images/', images);
  tree.write('content/exemplars/_nhap/bai-trong-thu-muc-nhap.mdx', hostileDraft('Bản nháp trong thư mục'));
  tree.write('content/exemplars/_bai-nhap.mdx', story('Bản nháp một tệp', '../images/'));
  tree.write('content/exemplars/2022/bai-nam-2022.mdx', story('Bài năm 2022'));
  tree.write('content/exemplars/2021/quy-1/bai-quy-1.mdx', story('Bài quý 1', '../../../images/'));
  tree.write('content/exemplars/X.MDX', story('Đuôi viết hoa', '../images/'));
  tree.write('content/exemplars/bai-viet-hoa.Mdx', story('Đuôi viết hoa nửa', '../images/'));
  tree.write('content/exemplars/.hidden.mdx', story('Tệp ẩn', '../images/'));
  tree.write('content/exemplars/.an/bai-an.mdx', story('Thư mục ẩn'));
  tree.write('content/exemplars/a.md', story('Markdown', '../images/'));
  tree.write('content/exemplars/.DS_Store', 'not content');
  tree.write('content/exemplars/anh-kem.jpg', 'not content');
  tree.write('content/villages/thon-bai.yml', 'name: Thôn Bãi\norder: 40\nsample: true\n');
  tree.write('content/villages/thon-hoa.Yaml', 'name: Thôn Hoa\norder: 41\nsample: true\n');
  tree.write('content/villages/_thon-nhap.yaml', 'name: Thôn Nháp\norder: một\nsample: true\n');
  const version = readFileSync('tests/fixtures/loudspeaker/tyz-version.mdx', 'utf8');
  tree.write('content/scripts/tyz/kich-ban-thu.mdx', version);
  tree.write('content/scripts/nut/_kich-ban-thu.mdx', version);
  tree.write('content/scripts/tyz/Kich-Ban.MDX', version);
  symlinkSync(join(tree.root, EXEMPLAR), join(tree.root, 'content/exemplars/lien-ket.mdx'));
  return tree;
}

/** A LoaderContext as Astro hands it to a loader, with a store to look into afterwards. */
function loaderContext(root: string, collection: LoadedCollection) {
  const stored = new Map<string, { id: string; filePath?: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  const parsedFiles: string[] = [];
  const entryType = (format: 'mdx' | 'yaml') => ({
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      parsedFiles.push(fileUrl.pathname);
      const parsed = parseContentFile(contents, format);
      return { data: (parsed.data ?? {}) as Record<string, unknown>, body: parsed.body };
    },
    ...(format === 'mdx' ? { contentModuleTypes: '' } : {}),
  });
  const context = {
    collection,
    store: {
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; filePath?: string; data: Record<string, unknown> }) => (stored.set(entry.id, entry), true),
      keys: () => [...stored.keys()],
      values: () => [...stored.values()],
      entries: () => [...stored.entries()],
      has: (id: string) => stored.has(id),
      delete: (id: string) => void stored.delete(id),
      clear: () => stored.clear(),
      addModuleImport: () => undefined,
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => void meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => void meta.delete(k),
    },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: unknown) =>
      createHash('sha1')
        .update(typeof value === 'string' ? value : JSON.stringify(value))
        .digest('hex'),
    entryTypes: new Map([
      ['.mdx', entryType('mdx')],
      ['.yaml', entryType('yaml')],
      ['.yml', entryType('yaml')],
    ]),
  };
  return { context: context as unknown as LoaderContext, stored, parsedFiles };
}

/** What the site's loaders store, collection by collection: the loaders of src/content.config.ts. */
async function loadedFiles(root: string) {
  const files: string[] = [];
  const parsed: string[] = [];
  for (const collection of [...SITE_COLLECTIONS, SCRIPT_VERSIONS] as const) {
    const { context, stored, parsedFiles } = loaderContext(root, collection);
    const loader = FORMAT[collection] === 'mdx' ? mdxLoader(collection) : checkedLoader(collection);
    await loader.load(context);
    files.push(...[...stored.values()].map((entry) => entry.filePath!));
    parsed.push(...parsedFiles);
  }
  return { files: files.sort(), parsed };
}

function filesOnDisk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => !statSync(join(dir, name), { throwIfNoEntry: false })?.isDirectory())
    .map((name) => relative(tree.root, join(dir, name)).split(sep).join('/'));
}

describe('one list of content files, read by the checker and the loaders', () => {
  it('stores exactly the files the checker checked as published, tricky names included', async () => {
    trickyTree();
    const report = checkContent(tree.root);
    // People records are checked, never loaded: they hold consent, not pages.
    const checked = report.entries
      .filter((e) => !e.draft && e.collection !== 'people')
      .map((e) => e.file)
      .sort();
    expect(checked).toContain('content/exemplars/2021/quy-1/bai-quy-1.mdx');
    expect(checked).toContain('content/villages/thon-bai.yml');
    expect(checked).toContain('content/scripts/tyz/kich-ban-thu.mdx');
    expect((await loadedFiles(tree.root)).files).toEqual(checked);
    expect(report.files.map((f) => f.file).sort()).toEqual(checked);
  });

  it('drops no file that looks like content without a word: each is read, or refused by name', () => {
    trickyTree();
    const report = checkContent(tree.root);
    const read = new Set(report.entries.map((e) => e.file));
    const named = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    const contentLike = COLLECTIONS.flatMap((c) => filesOnDisk(join(tree.root, 'content', c))).filter((f) => /\.(mdx?|ya?ml)$/i.test(f));
    for (const file of contentLike) expect(read.has(file) || named.has(file), file).toBe(true);
    for (const file of ['content/exemplars/.DS_Store', 'content/exemplars/anh-kem.jpg']) {
      expect(report.problems.map((p) => p.file)).not.toContain(file);
    }
  });

  it.each([
    ['content/exemplars/X.MDX', 'viết hoa', '"x.mdx"'],
    ['content/exemplars/bai-viet-hoa.Mdx', 'viết hoa', '"bai-viet-hoa.mdx"'],
    ['content/villages/thon-hoa.Yaml', 'viết hoa', '"thon-hoa.yaml"'],
    ['content/exemplars/.hidden.mdx', 'Tệp ẩn', 'dấu chấm'],
    ['content/exemplars/.an/bai-an.mdx', 'Tệp ẩn', 'dấu chấm'],
    ['content/exemplars/a.md', 'sẽ không được đọc', '.mdx'],
    ['content/exemplars/lien-ket.mdx', 'liên kết', 'chép chính tệp'],
    ['content/scripts/tyz/Kich-Ban.MDX', 'viết hoa', '"kich-ban.mdx"'],
  ])('refuses %s by name, in Vietnamese, saying how to fix it', (file, message, hint) => {
    trickyTree();
    const problem = checkContent(tree.root).problems.find((p) => p.file === file);
    expect(problem).toMatchObject({ severity: 'error', line: 1, field: 'tệp' });
    expect(problem?.message).toContain(message);
    expect(problem?.hint).toContain(hint);
  });

  it('reads drafts (files and folders starting with _), reports them, and keeps private details in them as errors', async () => {
    trickyTree();
    const { problems, entries } = checkContent(tree.root);
    const draftFiles = [
      'content/exemplars/_bai-nhap.mdx',
      'content/exemplars/_nhap/bai-trong-thu-muc-nhap.mdx',
      'content/scripts/nut/_kich-ban-thu.mdx',
      'content/villages/_thon-nhap.yaml',
    ];
    expect(
      entries
        .filter((e) => e.draft)
        .map((e) => e.file)
        .sort(),
    ).toEqual(draftFiles);
    for (const file of draftFiles) {
      expect(problems.find((p) => p.file === file && p.message.startsWith('Bản nháp'))?.severity, file).toBe('warning');
    }
    const hostile = problems.filter((p) => p.file === 'content/exemplars/_nhap/bai-trong-thu-muc-nhap.mdx');
    // The phone number is an error: the draft is in the repository. The javascript: link is not published: a warning.
    expect(hostile.find((p) => p.message.includes('số điện thoại'))).toMatchObject({ severity: 'error', line: 37 });
    expect(hostile.find((p) => p.message.includes('không được phép'))).toMatchObject({ severity: 'warning', line: 37 });
    // A mistake in a draft does not stop the build: the village's "order: một" is a warning.
    expect(problems.find((p) => p.file === 'content/villages/_thon-nhap.yaml' && p.field === 'order')?.severity).toBe('warning');
    const loaded = (await loadedFiles(tree.root)).files;
    for (const file of draftFiles) expect(loaded).not.toContain(file);
  });

  it("gives the editors' lists (VS Code, the web editor, npm run new) the same ids: year folders in, drafts out", () => {
    trickyTree();
    const exemplars = contentIds(tree.root).get('exemplars');
    expect(exemplars).toEqual(['anh-nong-van-thu', 'bai-nam-2022', 'bai-quy-1']);
    expect(contentLabels(tree.root).get('villages')?.get('thon-bai')).toBe('Thôn Bãi');
  });

  it('does not count a draft as an id a story may reference', () => {
    tree = makeContentTree();
    tree.write('content/villages/_thon-nhap.yaml', 'name: Thôn Nháp\norder: 50\nsample: true\n');
    tree.write(EXEMPLAR, exemplarWith('village: thon-dong', 'village: _thon-nhap'));
    const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
    expect(errors).toMatchObject([{ file: EXEMPLAR, field: 'village' }]);
  });
});

describe('npm run dev: the loaders follow the same list as files change', () => {
  it('loads a new entry, leaves a new draft and an .MDX out, and drops a deleted entry', async () => {
    tree = makeContentTree();
    const { context, stored } = loaderContext(tree.root, 'exemplars');
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const logged: string[] = [];
    Object.assign(context, {
      watcher,
      logger: { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m), warn: () => undefined },
    });
    await mdxLoader('exemplars').load(context);
    const settle = async (event: string, path: string) => {
      for (const listener of watcher.listeners(event)) await (listener as (p: string) => Promise<void>)(join(tree.root, path));
    };
    tree.write('content/exemplars/2024/bai-moi.mdx', fixture('exemplar.mdx').replace('../images/', '../../images/'));
    await settle('add', 'content/exemplars/2024/bai-moi.mdx');
    tree.write('content/exemplars/_nhap/nhap.mdx', fixture('exemplar.mdx'));
    await settle('add', 'content/exemplars/_nhap/nhap.mdx');
    tree.write('content/exemplars/Bai.MDX', fixture('exemplar.mdx'));
    await settle('add', 'content/exemplars/Bai.MDX');
    expect([...stored.keys()].sort()).toEqual(['anh-nong-van-thu', 'bai-moi']);
    expect(logged.join('\n')).toContain('content/exemplars/_nhap/nhap.mdx: bản nháp');
    expect(logged.join('\n')).toContain('content/exemplars/Bai.MDX:1  tệp  Đuôi tệp ".MDX" viết hoa');
    rmSync(join(tree.root, 'content/exemplars/2024/bai-moi.mdx'));
    await settle('unlink', 'content/exemplars/2024/bai-moi.mdx');
    expect([...stored.keys()]).toEqual(['anh-nong-van-thu']);
  });
});

describe('the build: loaders read the list the background check read, once it has passed', () => {
  it('hands the loaders the checked list, drafts left out', async () => {
    tree = makeContentTree();
    tree.write('content/exemplars/_nhap/ban-nhap.mdx', fixture('exemplar.mdx').replace('../images/', '../../images/'));
    tree.write(
      'content/exemplars/2022/bai-nam-2022.mdx',
      exemplarWith(/title: .*/, 'title: "Bài năm 2022"').replace('../images/', '../../images/'),
    );
    const check = await startContentCheck(tree.root);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const files = await checkedContentFiles(tree.root, 'exemplars');
    expect(files.map((f) => f.file)).toEqual(['content/exemplars/2022/bai-nam-2022.mdx', EXEMPLAR]);
    expect((await loadedFiles(tree.root)).files).toEqual(check.files.map((f) => f.file).sort());
  });

  it('stops every loader before Astro parses a file when the check refused one', async () => {
    trickyTree();
    await startContentCheck(tree.root).catch(() => undefined);
    const { context, stored, parsedFiles } = loaderContext(tree.root, 'exemplars');
    const failure = await mdxLoader('exemplars')
      .load(context)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as Error).message).toContain('content/exemplars/X.MDX:1  tệp');
    expect((failure as Error).message).toContain('content/exemplars/_nhap/bai-trong-thu-muc-nhap.mdx:37');
    expect(parsedFiles).toEqual([]);
    expect(stored.size).toBe(0);
  });

  it('turns an exception in the worker into a problem naming the file (an alias bomb used to print a stack trace)', async () => {
    tree = makeContentTree();
    tree.write('content/villages/thon-bom.yaml', aliasBomb);
    const { problems } = await startContentCheck(tree.root);
    expect(problems.filter((p) => p.severity === 'error')).toMatchObject([
      { file: 'content/villages/thon-bom.yaml', line: 2, field: 'frontmatter' },
    ]);
  });
});

const aliasBomb = [
  'name: &a Thôn Bom',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '',
].join('\n');

function errorsFor(files: Record<string, string | Buffer>) {
  tree = makeContentTree();
  for (const [path, text] of Object.entries(files)) tree.write(path, text);
  return checkContent(tree.root).problems.filter((p) => p.severity === 'error');
}

describe('files as editors save them', () => {
  it('accepts a UTF-8 file with a byte order mark, in MDX and in YAML', () => {
    expect(
      errorsFor({
        [EXEMPLAR]: `\uFEFF${fixture('exemplar.mdx')}`,
        'content/villages/thon-dong.yaml': '\uFEFFname: Thôn Đông\norder: 1\nsample: true\n',
      }),
    ).toEqual([]);
  });

  it('accepts Windows line endings', () => {
    expect(errorsFor({ [EXEMPLAR]: fixture('exemplar.mdx').replaceAll('\n', '\r\n') })).toEqual([]);
  });

  it('refuses a file saved in a one-byte code page (Windows-1252/-1258), naming the first line it cannot read', () => {
    const text = exemplarWith(/title: .*/, 'title: "Bà con góp ý"');
    const [error, ...rest] = errorsFor({ [EXEMPLAR]: Buffer.from(text, 'latin1') });
    expect(rest).toEqual([]);
    expect(formatProblem(error!)).toMatch(
      /^content\/exemplars\/anh-nong-van-thu\.mdx:2 {2}tệp {2}Tệp không lưu theo mã UTF-8 .* {2}Cách sửa: .*UTF-8/,
    );
  });

  it('refuses a file saved as UTF-16 ("Unicode" in Notepad)', () => {
    const [error] = errorsFor({ 'content/villages/thon-dong.yaml': Buffer.from('\uFEFFname: Thôn Đông\norder: 1\n', 'utf16le') });
    expect(error).toMatchObject({ file: 'content/villages/thon-dong.yaml', line: 1, field: 'tệp' });
    expect(error?.message).toContain('UTF-8');
  });

  it.each([
    ['a tab used for indenting', '  - form: Giấy khen', '\t- form: Giấy khen', 11, 'Tab'],
    ['a colon in an unquoted value', 'name: Nông Văn Thử', 'name: Nông Văn Thử: nông dân giỏi', 3, 'dấu nháy kép'],
    ['a quote left open', 'name: Nông Văn Thử', 'name: "Nông Văn Thử', 3, 'dấu nháy'],
    ['a list left open', 'sample: true', 'sample: true\ntags: [a, b', 25, 'ngoặc'],
    ['a field written twice', 'stage: ton-vinh', 'stage: ton-vinh\nmovement: nong-thon-moi', 10, 'hai lần'],
  ])('points a YAML error at its own line: %s', (_name, from, to, line, words) => {
    const [error, ...rest] = errorsFor({ [EXEMPLAR]: exemplarWith(from, to) });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: EXEMPLAR, line, field: 'frontmatter' });
    expect(error?.message).toContain(words);
  });

  it('points a YAML error in a data file at its own line', () => {
    const [error] = errorsFor({ 'content/villages/thon-dong.yaml': 'name: Thôn Đông\norder: 1\nsample: true\nname: Thôn khác\n' });
    expect(error).toMatchObject({ file: 'content/villages/thon-dong.yaml', line: 4 });
  });

  it('refuses an alias bomb in Vietnamese, at the line of its first alias, and checks the other files', () => {
    const errors = errorsFor({
      'content/villages/thon-bom.yaml': aliasBomb,
      [EXEMPLAR]: exemplarWith('movement: nong-thon-moi', 'movement: khong-co'),
    });
    expect(errors.map((e) => `${e.file}:${e.line}  ${e.field}`).sort()).toEqual([
      `${EXEMPLAR}:5  movement`,
      'content/villages/thon-bom.yaml:2  frontmatter',
    ]);
    expect(errors.find((e) => e.file.endsWith('thon-bom.yaml'))?.message).toContain('bí danh');
  });
});
