import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { calendarDate, isRealDate, slug } from '#schemas/common.ts';
import { consentSchema } from '#schemas/consent.ts';
import { exemplarSchema } from '#schemas/exemplar.ts';
import { movementSchema } from '#schemas/movement.ts';
import { planSchema } from '#schemas/plan.ts';
import { practiceSchema } from '#schemas/practice.ts';
import { scriptSchema } from '#schemas/script.ts';

const ref = () => z.string();

describe('calendarDate', () => {
  it('accepts a real day written YYYY-MM-DD and returns it at UTC midnight', () => {
    expect(calendarDate.parse('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  it.each(['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10'])('rejects %s, a day not on the calendar', (day) => {
    const result = calendarDate.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('không có thật');
  });
  it.each(['20/12/2023', '2023-1-5', 'hôm qua'])('rejects %s, not written YYYY-MM-DD', (text) => {
    expect(calendarDate.safeParse(text).error?.issues[0]?.message).toContain('NNNN-TT-NN');
  });
  it('knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
  });
});

describe('slug', () => {
  it('accepts lowercase words joined by hyphens', () => expect(slug.safeParse('thon-na-chuong').success).toBe(true));
  it.each(['Thon-Na-Chuong', 'thôn-nà-chuông', 'thon_na', 'thon--na', '-thon'])('rejects %s', (value) =>
    expect(slug.safeParse(value).success).toBe(false),
  );
});

describe('consent', () => {
  const base = { givenBy: 'Lăng Văn A', date: '2023-11-20', recordedBy: 'Hội Nông dân xã' };
  it('accepts an adult who agreed', () => expect(consentSchema.safeParse(base).success).toBe(true));
  it('requires who agreed, when, and who recorded it', () => {
    const paths = consentSchema.safeParse({}).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['givenBy', 'date', 'recordedBy']);
  });
  it('needs only the guardian for a child under 7', () => {
    const child = { ...base, minor: { age: 6, guardian: { name: 'Lăng Thị B', relation: 'mẹ', date: '2023-11-20' } } };
    expect(consentSchema.safeParse(child).success).toBe(true);
  });
  it('needs the child as well from 7 to 15', () => {
    const child = { ...base, minor: { age: 7, guardian: { name: 'Lăng Thị B', relation: 'mẹ', date: '2023-11-20' } } };
    expect(consentSchema.safeParse(child).error?.issues.map((i) => i.path.join('.'))).toEqual(['minor.childAgreed']);
  });
  it('refuses "minor" for someone of 16 or more', () => {
    expect(consentSchema.safeParse({ ...base, minor: { age: 16, childAgreed: true } }).success).toBe(false);
  });
});

describe('movement', () => {
  const valid = { name: 'Dạy tốt - Học tốt', shortName: 'Dạy tốt', type: 'phong-trao', criteria: { collective: 'x' }, summary: 'x' };
  it('needs at least one criterion', () => {
    expect(movementSchema.safeParse({ ...valid, criteria: {} }).error?.issues.map((i) => i.path.join('.'))).toEqual(['criteria']);
  });
  it('rejects an unknown type with the valid values listed', () => {
    expect(movementSchema.safeParse({ ...valid, type: 'thi-dua' }).error?.issues[0]?.message).toContain(
      'phong-trao, cuoc-van-dong, linh-vuc',
    );
  });
  it("refuses a year's target in the movement file: targets belong to the plan", () => {
    const issue = movementSchema.safeParse({ ...valid, minimum: { count: 1 } }).error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
  });
});

describe('plan movements', () => {
  const schema = planSchema({ ref });
  const target = {
    movement: 'day-tot-hoc-tot',
    leadUnits: ['truong-a', 'truong-b'],
    minimum: { count: 1, perUnit: true },
    assignment: 'Giao mỗi Trường học…',
  };
  const plan = {
    title: 'Kế hoạch năm 2024',
    shortTitle: 'Kế hoạch năm 2024',
    year: 2024,
    issuer: 'UBND xã',
    basis: [{ document: 'Kế hoạch số 1/KH-UBND', issuer: 'UBND tỉnh', title: 'x' }],
    summary: 'x',
    purposes: ['x'],
    requirements: ['x'],
    target: 'x',
    generalCriteria: 'x',
    methods: [{ stage: 'phat-hien', title: 'x', text: 'x' }],
    timeline: [{ title: 'x', when: 'x', text: 'x' }],
    duties: [{ units: ['truong-a'], text: 'x' }],
    movements: [target],
  };
  it('keeps a per-unit minimum with its default wording', () => {
    expect(schema.parse(plan).movements[0]?.minimum).toEqual({ count: 1, perUnit: true, of: 'điển hình tiên tiến' });
  });
  it('needs at least one movement, and one lead unit for each', () => {
    expect(schema.safeParse({ ...plan, movements: [] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['movements']);
    expect(schema.safeParse({ ...plan, movements: [{ ...target, leadUnits: [] }] }).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'movements.0.leadUnits',
    ]);
  });
  it('names a movement listed twice', () => {
    const issue = schema.safeParse({ ...plan, movements: [target, target] }).error?.issues[0];
    expect(issue?.path).toEqual(['movements', 1, 'movement']);
    expect(issue?.message).toContain('day-tot-hoc-tot');
  });
});

describe('script', () => {
  const schema = scriptSchema({ ref });
  it('must be about an exemplar or a practice', () => {
    const result = schema.safeParse({ title: 'x', status: 'da-duyet', airDates: ['2026-11-27'] });
    expect(result.error?.issues[0]?.message).toContain('ít nhất một điển hình');
  });
  it('needs a real air date', () => {
    const result = schema.safeParse({ title: 'x', status: 'da-duyet', airDates: ['2026-02-30'], exemplars: ['a'] });
    expect(result.error?.issues[0]?.path).toEqual(['airDates', 0]);
  });
});

describe('story schemas, made for every entry', () => {
  it.each([
    ['exemplar', exemplarSchema],
    ['practice', practiceSchema],
  ] as const)('%s: build the fields around the cover once for one reference() and again for another', (_, schemaFor) => {
    const tools = { ref, image: () => z.string() };
    const first = schemaFor(tools).shape;
    expect(schemaFor({ ...tools, image: () => z.string() }).shape.title).toBe(first.title);
    expect(schemaFor({ ref: () => z.string(), image: tools.image }).shape.title).not.toBe(first.title);
  });
});
