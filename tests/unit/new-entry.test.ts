import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/content-check/checker.ts';
import {
  askNewEntry,
  Cancelled,
  NEW_PERSON,
  NO_VILLAGE,
  validatePersonName,
  validateTitle,
  type Prompts,
} from '#lib/authoring/new-entry-questions.ts';
import { newEntry, placeholdersIn } from '#lib/authoring/new-entry.ts';
import { copyProjectCode } from '../../scripts/lib/site-copy.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT, COMMAND_TEST_TIMEOUT, COMMAND_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const node = (root: string, script: string, args: string[] = [], timeout = COMMAND_TIMEOUT) =>
  spawnSync(process.execPath, [join(PROJECT, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout,
  });

const commune = {
  site: {
    commune: 'xã Tân An',
    station: 'Đài truyền thanh xã Tân An',
    authority: { name: 'Ủy ban nhân dân xã Tân An', shortName: 'UBND xã Tân An' },
  },
  defaults: { movement: 'phong-trao-dau', unit: 'don-vi-dau', village: 'thon-dau' },
};

describe('newEntry', () => {
  it("names the commune's station and offers ids that exist, from the data", () => {
    const script = newEntry({ ...commune, kind: 'script', title: 'Bản tin', taken: new Set(), today: '2026-11-24', exemplar: 'x' });
    expect(script.text).toContain('Đài truyền thanh xã Tân An vừa phát bài "Bản tin"');
    expect(script.text).toMatch(/^preparedBy: don-vi-dau$/m);
    const exemplar = newEntry({ ...commune, kind: 'exemplar', title: 'Tổ hòa giải', taken: new Set(), today: '2026-11-24' });
    expect(exemplar.text).toMatch(/^movement: phong-trao-dau$/m);
    expect(exemplar.text).toMatch(/^unit: don-vi-dau$/m);
    expect(exemplar.text).toMatch(/^# village: thon-dau$/m);
    expect(exemplar.text).toContain('issuer: Chủ tịch UBND xã Tân An');
  });
  it('makes a Vietnamese-safe, unique slug', () => {
    const entry = newEntry({
      ...commune,
      kind: 'practice',
      title: 'Đường làng sáng đèn',
      taken: new Set(['duong-lang-sang-den']),
      today: '2026-11-24',
      exemplar: 'x',
    });
    expect(entry.id).toBe('duong-lang-sang-den-2');
    expect(entry.path).toBe('practices/duong-lang-sang-den-2.mdx');
  });
  it('keeps quotes in the title safe in YAML and explains every field in Vietnamese', () => {
    const entry = newEntry({ ...commune, kind: 'exemplar', title: 'Mô hình "Ngôi nhà 5 không"', taken: new Set(), today: '2026-11-24' });
    expect(entry.text).toContain('title: "Mô hình \\"Ngôi nhà 5 không\\""');
    expect(entry.text).toMatch(/# Loại: tap-the/);
    expect(entry.text).toContain('<Quote by=');
    expect(entry.text).toContain('<Callout title=');
    expect(entry.cover).toBe(`images/${entry.id}.jpg`);
    // Every frontmatter line that holds a value has a comment line above it (or is one).
    const front = entry.text.split('---')[1]!.trim().split('\n');
    front.forEach((line, i) => {
      if (/^[a-zA-Z]+:/.test(line)) expect(front[i - 1], line).toMatch(/^\s*#/);
    });
  });
  it('writes a new real entry as sample: false', () => {
    for (const kind of ['exemplar', 'practice', 'script', 'person'] as const) {
      expect(
        newEntry({
          ...commune,
          kind,
          title: 'Bài thật của xã',
          taken: new Set(),
          today: '2026-11-24',
          exemplar: 'x',
          ageGroup: 'tu-16-tro-len',
        }).text,
      ).toMatch(/^sample: false$/m);
    }
  });
  it('lists the people a story names, its subject first, and asks each person for consent in their record', () => {
    const collective = newEntry({ ...commune, kind: 'exemplar', title: 'Tổ hòa giải', taken: new Set(), today: '2026-11-24' });
    expect(collective.text).toMatch(/^people: \[\]$/m);
    expect(collective.text).not.toMatch(/consent:/);
    const story = newEntry({
      ...commune,
      kind: 'exemplar',
      title: 'Anh Vi Văn A',
      taken: new Set(),
      today: '2026-11-24',
      exemplarKind: 'ca-nhan',
      people: ['vi-van-a'],
    });
    expect(story.text).toMatch(/^kind: ca-nhan$/m);
    expect(story.text).toMatch(/^people: \[vi-van-a\]$/m);
    const record = newEntry({
      ...commune,
      kind: 'person',
      title: 'Vi Văn A',
      taken: new Set(),
      today: '2026-11-24',
      ageGroup: 'tu-16-tro-len',
    });
    expect(record.path).toBe('people/vi-van-a.yaml');
    expect(record.text).toMatch(/^ageGroup: tu-16-tro-len$/m);
    expect(record.text).toMatch(/^consent:$/m);
    expect(record.text).toContain('givenBy: "[Điền họ tên người đồng ý]"');
    expect(record.text).not.toMatch(/^ {2}minor:/m);
  });
  it("writes a child's record with the guardian's consent to fill in, and will not guess the age group", () => {
    const child = newEntry({
      ...commune,
      kind: 'person',
      title: 'Triệu Văn Bé',
      taken: new Set(),
      today: '2026-11-24',
      ageGroup: 'duoi-16',
    });
    expect(child.text).toMatch(/^ {2}minor:$/m);
    expect(child.text).toContain('name: "[Điền họ tên cha, mẹ hoặc người giám hộ]"');
    expect(() => newEntry({ ...commune, kind: 'person', title: 'Triệu Văn Bé', taken: new Set(), today: '2026-11-24' })).toThrow(
      /dưới 16 tuổi\?/,
    );
  });
  it('refuses an empty title', () => {
    expect(() => newEntry({ ...commune, kind: 'script', title: '  ', taken: new Set(), today: '2026-11-24' })).toThrow(/Cần tiêu đề/);
  });
  it('finds the placeholders left in a frontmatter, with their paths', () => {
    expect(placeholdersIn({ title: 'Xong', steps: ['Làm', '[Viết bước thứ hai]'], consent: { givenBy: '[Điền họ tên]' } })).toEqual([
      { path: ['steps', 1], text: '[Viết bước thứ hai]' },
      { path: ['consent', 'givenBy'], text: '[Điền họ tên]' },
    ]);
  });
});

describe('the questions npm run new asks without arguments', () => {
  const choices = {
    movements: new Map([['toan-dan-doan-ket', 'Toàn dân đoàn kết']]),
    units: new Map([['ubnd-xa', 'UBND xã']]),
    villages: new Map([['na-chuong', 'Thôn Nà Chuông']]),
    exemplars: new Map([['to-hoa-giai', 'Tổ hòa giải']]),
    people: new Map([['hoang-thi-lua', 'Hoàng Thị Lụa']]),
  };
  /** Answers in order; records what was offered. */
  function scripted(answers: unknown[]) {
    const offered: { message: string; options?: { value: string; label: string }[] }[] = [];
    const next = async (question: {
      message: string;
      options?: { value: string; label: string }[];
      validate?: (v: string) => string | undefined;
    }) => {
      offered.push(question);
      const answer = answers.shift();
      if (typeof answer === 'string' && question.validate?.(answer)) throw new Error(question.validate(answer));
      return answer as string;
    };
    const prompts = { select: next, text: next, isCancel: (v: unknown): v is symbol => typeof v === 'symbol' } as unknown as Prompts;
    return { prompts, offered };
  }

  it('asks kind, title, movement, unit and village for an exemplar, from content/', async () => {
    const { prompts, offered } = scripted([
      'exemplar',
      ' Tổ hòa giải thôn Nà Chuông ',
      'tap-the',
      'toan-dan-doan-ket',
      'ubnd-xa',
      NO_VILLAGE,
    ]);
    expect(await askNewEntry(prompts, choices)).toEqual({
      kind: 'exemplar',
      title: 'Tổ hòa giải thôn Nà Chuông',
      exemplarKind: 'tap-the',
      movement: 'toan-dan-doan-ket',
      unit: 'ubnd-xa',
      village: undefined,
    });
    expect(offered.map((q) => q.message)).toHaveLength(6);
    expect(offered[3]!.options).toContainEqual(expect.objectContaining({ value: 'toan-dan-doan-ket', label: 'Toàn dân đoàn kết' }));
    expect(offered[5]!.options?.map((o) => o.value)).toEqual([NO_VILLAGE, 'na-chuong']);
  });
  it('asks whose story it is for a person, and for a new record, the name and "under 16?"', async () => {
    const existing = scripted([
      'exemplar',
      'Chị Hoàng Thị Lụa làm bánh',
      'ca-nhan',
      'toan-dan-doan-ket',
      'ubnd-xa',
      'na-chuong',
      'hoang-thi-lua',
    ]);
    expect(await askNewEntry(existing.prompts, choices)).toMatchObject({ exemplarKind: 'ca-nhan', person: 'hoang-thi-lua' });
    expect(existing.offered[6]!.options?.map((o) => o.value)).toEqual([NEW_PERSON, 'hoang-thi-lua']);
    const fresh = scripted([
      'exemplar',
      'Em Triệu Văn Bé học giỏi',
      'ca-nhan',
      'toan-dan-doan-ket',
      'ubnd-xa',
      NO_VILLAGE,
      NEW_PERSON,
      'Triệu Văn Bé',
      'duoi-16',
    ]);
    const answers = await askNewEntry(fresh.prompts, choices);
    expect(answers).toMatchObject({ personName: 'Triệu Văn Bé', ageGroup: 'duoi-16' });
    expect(answers.person).toBeUndefined();
    // The age question offers both answers and chooses neither.
    expect(fresh.offered.at(-1)).toMatchObject({
      message: expect.stringContaining('dưới 16 tuổi'),
      options: [{ value: 'duoi-16' }, { value: 'tu-16-tro-len' }],
    });
  });
  it('asks a person record its name and "under 16?"', async () => {
    const { prompts } = scripted(['person', 'Lăng Thị Nguyệt', 'tu-16-tro-len']);
    expect(await askNewEntry(prompts, choices)).toEqual({ kind: 'person', title: 'Lăng Thị Nguyệt', ageGroup: 'tu-16-tro-len' });
    expect(validatePersonName('chị Lụa')).toMatch(/họ tên đầy đủ|Viết hoa/);
    expect(validatePersonName('Lụa')).toMatch(/họ tên đầy đủ/);
  });
  it('asks which exemplar a practice or a script belongs to', async () => {
    const { prompts } = scripted(['script', 'Đài xã nói về tổ hòa giải', 'to-hoa-giai']);
    expect(await askNewEntry(prompts, choices)).toEqual({ kind: 'script', title: 'Đài xã nói về tổ hòa giải', exemplar: 'to-hoa-giai' });
  });
  it('stops without writing when the author cancels', async () => {
    const { prompts } = scripted(['practice', Symbol('cancel')]);
    await expect(askNewEntry(prompts, choices)).rejects.toBeInstanceOf(Cancelled);
  });
  it('wants a real title', () => {
    expect(validateTitle('')).toMatch(/Cần tiêu đề/);
    expect(validateTitle('Tổ')).toMatch(/quá ngắn/);
    expect(validateTitle('Tổ hòa giải thôn Nà Chuông')).toBeUndefined();
  });
});

// The Propaganda Board's path: `npm run new` for each kind, `npm run check`, and one real build.
describe('npm run new, npm run check and the build', () => {
  let tree: ReturnType<typeof makeContentTree>;
  let made: SpawnSyncReturns<string>[];
  const runNew = (...args: string[]) => node(tree.root, 'scripts/new-entry.ts', args);
  beforeAll(() => {
    tree = makeContentTree();
    copyProjectCode(tree.root);
    made = [
      runNew('exemplar', 'Tổ hòa giải thôn Đông', '--village', 'thon-dong', '--movement', 'dan-van-kheo', '--unit', 'mat-tran-xa'),
      runNew('practice', 'Sổ ghi việc hòa giải', '--exemplar', 'to-hoa-giai-thon-dong'),
      runNew('script', 'Đài xã nói về tổ hòa giải', '--exemplar', 'to-hoa-giai-thon-dong'),
      // The same title again: a second, unique file.
      runNew('practice', 'Sổ ghi việc hòa giải', '--exemplar', 'to-hoa-giai-thon-dong'),
      // A Tày version of a script, for the station's staff to write.
      runNew('tyz', 'kich-ban-thu'),
    ];
  }, BUILD_TEST_TIMEOUT);
  afterAll(() => tree?.cleanup());

  it('writes each kind of entry and says what to do next, in Vietnamese', () => {
    for (const result of made) expect(result.status, result.stderr).toBe(0);
    expect(made[0]!.stdout).toContain('Việc tiếp theo');
    expect(made[0]!.stdout).toContain('npm run check');
    expect(existsSync(join(tree.root, 'content/exemplars/to-hoa-giai-thon-dong.mdx'))).toBe(true);
    expect(existsSync(join(tree.root, 'content/images/to-hoa-giai-thon-dong.jpg'))).toBe(true);
    expect(readFileSync(join(tree.root, 'content/practices/so-ghi-viec-hoa-giai.mdx'), 'utf8')).toContain(
      'exemplars: [to-hoa-giai-thon-dong]',
    );
    expect(existsSync(join(tree.root, 'content/practices/so-ghi-viec-hoa-giai-2.mdx'))).toBe(true);
    expect(existsSync(join(tree.root, 'content/scripts/dai-xa-noi-ve-to-hoa-giai.mdx'))).toBe(true);
    expect(made[4]!.stdout).toContain('Đã tạo bản tiếng Tày: content/scripts/tyz/kich-ban-thu.mdx');
    expect(readFileSync(join(tree.root, 'content/scripts/tyz/kich-ban-thu.mdx'), 'utf8')).toContain(
      'title: "[Viết tiêu đề bằng tiếng Tày]"',
    );
  });

  it(
    'refuses a version of a script that does not exist, or one that is already there',
    () => {
      const missing = runNew('nut', 'khong-co');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('"khong-co" không có. Các mã có:');
      expect(missing.stderr).toContain('kich-ban-thu');
      const again = runNew('tyz', 'kich-ban-thu');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('Đã có bản tiếng Tày');
    },
    COMMAND_TEST_TIMEOUT,
  );

  it(
    'rejects an unknown movement with the valid choices',
    () => {
      const result = runNew('exemplar', 'Thử', '--movement', 'khong-co');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('dan-van-kheo');
    },
    COMMAND_TEST_TIMEOUT,
  );

  it(
    'without arguments and without a terminal, says how to call it instead of waiting',
    () => {
      const result = runNew();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('npm run new -- <exemplar|practice|script|person>');
    },
    COMMAND_TEST_TIMEOUT,
  );

  it(
    'check passes the new entries and lists what is left to write',
    () => {
      const result = node(tree.root, 'scripts/check-content.ts');
      expect(result.status, result.stdout).toBe(0);
      expect(result.stdout).toMatch(
        /content\/exemplars\/to-hoa-giai-thon-dong\.mdx:\d+ {2}summary {2}cảnh báo: Còn chỗ chưa điền: \[Viết [^\]]+\] {2}Cách sửa: /,
      );
      expect(result.stdout).toMatch(/content\/practices\/so-ghi-viec-hoa-giai\.mdx:\d+ {2}steps\[0\] {2}cảnh báo: Còn chỗ chưa điền/);
      expect(result.stdout).toMatch(/content\/scripts\/tyz\/kich-ban-thu\.mdx:\d+ {2}title {2}cảnh báo: Còn chỗ chưa điền/);
    },
    COMMAND_TEST_TIMEOUT,
  );

  it(
    'the site builds with them',
    () => {
      const result = node(tree.root, 'node_modules/astro/bin/astro.mjs', ['build'], BUILD_TIMEOUT);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(existsSync(join(tree.root, 'dist/dien-hinh/to-hoa-giai-thon-dong/index.html'))).toBe(true);
      expect(existsSync(join(tree.root, 'dist/cach-lam-hay/so-ghi-viec-hoa-giai/index.html'))).toBe(true);
      // A new script is a draft until approved: not published.
      expect(existsSync(join(tree.root, 'dist/truyen-thanh/dai-xa-noi-ve-to-hoa-giai/index.html'))).toBe(false);
      // So is a new version: the approved script is published without it.
      expect(existsSync(join(tree.root, 'dist/truyen-thanh/kich-ban-thu/index.html'))).toBe(true);
      expect(existsSync(join(tree.root, 'dist/truyen-thanh/kich-ban-thu/tyz/index.html'))).toBe(false);
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'a story about a person needs the answer to "under 16?", and cannot pass until the consent is filled in',
    () => {
      const unanswered = runNew('exemplar', 'Chị Hoàng Thị Mai nuôi ong', '--kind', 'ca-nhan', '--person-name', 'Hoàng Thị Mai');
      expect(unanswered.status).toBe(1);
      expect(unanswered.stderr).toContain('--age-group duoi-16');
      expect(existsSync(join(tree.root, 'content/exemplars/chi-hoang-thi-mai-nuoi-ong.mdx'))).toBe(false);
      const result = runNew(
        'exemplar',
        'Chị Hoàng Thị Mai nuôi ong',
        '--kind',
        'ca-nhan',
        '--person-name',
        'Hoàng Thị Mai',
        '--age-group',
        'tu-16-tro-len',
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('content/people/hoang-thi-mai.yaml');
      expect(readFileSync(join(tree.root, 'content/exemplars/chi-hoang-thi-mai-nuoi-ong.mdx'), 'utf8')).toMatch(
        /^people: \[hoang-thi-mai\]$/m,
      );
      const errors = checkContent(tree.root).problems.filter((p) => p.severity === 'error');
      const file = 'content/people/hoang-thi-mai.yaml';
      const text = readFileSync(join(tree.root, file), 'utf8');
      const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
      expect(errors.map((e) => [e.file, e.line, e.field, e.message.split(':')[0]])).toEqual([
        [file, lineOf('  givenBy:'), 'consent.givenBy', 'Chưa điền sự đồng ý công bố'],
        [file, lineOf('  date:'), 'consent.date', 'Chưa điền sự đồng ý công bố'],
        [file, lineOf('  recordedBy:'), 'consent.recordedBy', 'Chưa điền sự đồng ý công bố'],
      ]);
    },
    COMMAND_TEST_TIMEOUT,
  );

  it(
    'check reports several broken files at once, each with file, line, field and how to fix it',
    () => {
      tree.write('content/exemplars/sai-phong-trao.mdx', exemplarWith('movement: nong-thon-moi', 'movement: nong-thon-moii'));
      tree.write('content/exemplars/ngay-khong-co.mdx', exemplarWith('publishedAt: 2023-12-28', 'publishedAt: 2023-02-30'));
      tree.write('content/exemplars/thieu-tom-tat.mdx', exemplarWith(/^summary: .*$/m, null).replace('year: 2023', 'year: hai nghìn'));
      tree.write('content/practices/co-so-dien-thoai.mdx', fixture('practice.mdx').replace('Đất đồi bỏ hoang.', 'Gọi 0912 345 678.'));
      const result = node(tree.root, 'scripts/check-content.ts');
      expect(result.status).toBe(1);
      const lines = result.stdout.split('\n');
      const has = (pattern: RegExp) =>
        expect(
          lines.some((line) => pattern.test(line)),
          `${pattern}\n${result.stdout}`,
        ).toBe(true);
      has(/^content\/exemplars\/sai-phong-trao\.mdx:5 {2}movement {2}.*"nong-thon-moii".*nong-thon-moi.* {2}Cách sửa: \S/);
      has(/^content\/exemplars\/ngay-khong-co\.mdx:19 {2}publishedAt {2}.*không có thật.* {2}Cách sửa: Viết ngày dạng NNNN-TT-NN/);
      has(/^content\/exemplars\/thieu-tom-tat\.mdx:2 {2}summary {2}Thiếu tóm tắt \(summary\)\. {2}Cách sửa: Thêm dòng "summary: …"/);
      has(/^content\/exemplars\/thieu-tom-tat\.mdx:8 {2}year {2}Năm phải là một số.* {2}Cách sửa: Viết con số/);
      has(/^content\/practices\/co-so-dien-thoai\.mdx:\d+ {2}\S+ {2}.*số điện thoại.* {2}Cách sửa: Xóa thông tin này/);
      expect(result.stdout).toMatch(/^\d+ lỗi trong 5 tệp/m);
    },
    COMMAND_TEST_TIMEOUT,
  );
});
