import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS } from '#lib/content-check/error-map.ts';
import { issueToProblems } from '#lib/content-check/schema-issues.ts';
import { checkerTools } from '#lib/content-check/tools.ts';
import { calendarDate, slug } from '#schemas/common.ts';
import { abbreviationsSchema } from '#schemas/abbreviations.ts';
import { HINTS } from '#schemas/hints.ts';
import { personSchema } from '#schemas/person.ts';

// The checker picks a hint by the issue's code and parameters, never by its wording: a zod
// upgrade that rewords a message cannot change the advice an editor gets.
const problemsOf = (schema: z.ZodType, data: unknown) =>
  (schema.safeParse(data, PARSE_OPTIONS).error?.issues ?? []).flatMap((issue) => issueToProblems(issue));

describe('hints carried by the issue', () => {
  const tools = checkerTools(new Map([['units', new Set(['hoi-nong-dan-xa'])]]), '/tmp', { root: '/tmp' });

  it('a reference to an id that does not exist carries the reference hint, whatever its message says', () => {
    const [problem] = problemsOf(z.object({ unit: tools.ref('units') }), { unit: 'hoi-nong-dan' });
    expect(problem).toMatchObject({ field: 'unit', hint: HINTS.reference });
    expect(problem!.message).toContain('hoi-nong-dan-xa');
  });

  it('a date that is not a date carries the date hint, as written text, as an impossible day, or as a number', () => {
    const schema = z.object({ publishedAt: calendarDate });
    for (const value of ['20/12/2023', '2023-02-30', 20231220]) {
      expect(problemsOf(schema, { publishedAt: value })[0], String(value)).toMatchObject({ field: 'publishedAt', hint: HINTS.date });
    }
  });

  it("a person's missing consent carries the consent hint", () => {
    const problems = problemsOf(personSchema, { name: 'Hoàng Văn Mẫu', ageGroup: 'tu-16-tro-len' });
    expect(problems.find((p) => p.field === 'consent')?.hint).toBe(HINTS.consent);
  });

  it('a custom issue keeps its own hint, and one without gets the generic advice', () => {
    const issue = (params?: Record<string, unknown>): z.core.$ZodIssue => ({
      code: 'custom',
      path: ['a'],
      message: 'Bất kỳ lời nào',
      input: 1,
      ...(params ? { params } : {}),
    });
    expect(issueToProblems(issue({ hint: 'Làm thế này.' }))[0]!.hint).toBe('Làm thế này.');
    expect(issueToProblems(issue())[0]!.hint).toMatch(/^Sửa theo lời báo ở trên/);
  });

  it('a missing field and a value of the wrong kind are told apart by code and input, not by message', () => {
    const schema = z.strictObject({ year: z.number(), steps: z.array(z.string()) });
    const problems = problemsOf(schema, { steps: 'một bước', extra: 1 });
    expect(problems).toEqual([
      { path: ['year'], field: 'year', message: 'Thiếu trường bắt buộc.', hint: expect.stringMatching(/^Thêm dòng "year: …"/) },
      {
        path: ['steps'],
        field: 'steps',
        message: 'Phải là một danh sách, đang là chữ "một bước".',
        hint: expect.stringMatching(/^Viết dạng danh sách/),
      },
      { path: ['extra'], field: 'extra', message: 'Trường "extra" không có trong mẫu.', hint: expect.stringMatching(/lỗi chính tả/) },
    ]);
  });
});

describe('Vietnamese messages, per parse', () => {
  it('come from the options of each parse, not from a setting for the whole process', () => {
    expect(z.number().safeParse('x', PARSE_OPTIONS).error?.issues[0]?.message).toBe('Phải là một con số, đang là chữ "x".');
    // Importing the checker's modules changed nothing for other parses.
    expect(z.number().safeParse('x').error?.issues[0]?.message).not.toMatch(/Phải là/);
  });
});

describe('a value in the wrong format gets the advice for its format', () => {
  it('a code (file name, id) keeps the advice for codes', () => {
    expect(problemsOf(z.object({ village: slug }), { village: 'Thôn A' })[0]?.hint).toMatch(/gạch ngang/);
  });

  it('an e-mail, a web address and a short form of a script do not get it', () => {
    expect(problemsOf(z.object({ email: z.email() }), { email: 'van phong' })[0]?.hint).toBe(HINTS.email);
    expect(problemsOf(z.object({ url: z.url() }), { url: 'tenxa.gov.vn' })[0]?.hint).toBe(HINTS.url);
    const short = problemsOf(abbreviationsSchema, { abbreviations: { 'U BND': 'Ủy ban nhân dân' } })[0];
    expect(short?.message).toMatch(/phải viết liền/);
    expect(short?.hint).not.toMatch(/gạch ngang/);
  });
});

describe('a missing field in a YAML file, where every line is a field', () => {
  const YAML = { yaml: true, guide: 'docs/dung-cho-xa-khac.md' };
  const hintOf = (schema: z.ZodType, data: unknown) =>
    issueToProblems(schema.safeParse(data, PARSE_OPTIONS).error!.issues[0]!, YAML)[0]!.hint;

  it('says where the line goes, with no "---", and names the guide it was given', () => {
    expect(hintOf(z.object({ station: z.string() }), {})).toBe(
      'Thêm dòng "station: …" vào tệp, sát lề trái (không thụt vào); xem ý nghĩa và ví dụ của từng trường trong docs/dung-cho-xa-khac.md.',
    );
    expect(hintOf(z.object({ office: z.object({ name: z.string() }) }), { office: {} })).toMatch(
      /^Thêm dòng "name: …" dưới dòng "office:"/,
    );
    expect(hintOf(z.object({ steps: z.array(z.object({ name: z.string() })) }), { steps: [{ name: 'a' }, {}] })).toMatch(
      /^Thêm dòng "name: …" vào mục thứ 2 của danh sách "steps"/,
    );
  });

  it('keeps the frontmatter advice for an entry with "---"', () => {
    const [problem] = issueToProblems(z.object({ title: z.string() }).safeParse({}, PARSE_OPTIONS).error!.issues[0]!);
    expect(problem!.hint).toMatch(/giữa hai dòng ---/);
  });
});
