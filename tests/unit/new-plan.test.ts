import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextPlan, planIdFor, type PlanInput } from '#lib/authoring/new-plan.ts';
import { placeholdersIn } from '#lib/authoring/new-entry.ts';
import { planSchema } from '#schemas/plan.ts';

const latest = parse(readFileSync('tests/fixtures/sites/minh-tien/content/plans/ke-hoach-2025.yaml', 'utf8'), {
  schema: 'core',
}) as PlanInput;
const made = parse(nextPlan(latest, 'ke-hoach-2025', 2026), { schema: 'core' }) as PlanInput;

describe('planIdFor', () => {
  it("follows the latest plan's id", () => {
    expect(planIdFor('ke-hoach-2025', 2025, 2026)).toBe('ke-hoach-2026');
    expect(planIdFor('kh-thi-dua', 2025, 2026)).toBe('ke-hoach-2026');
  });
});

describe('nextPlan', () => {
  it('is a valid plan for the new year, so the site still builds while it is being written', () => {
    const result = planSchema({ ref: () => z.string() }).safeParse(made);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(made.year).toBe(2026);
    expect(made.shortTitle).toBe('Kế hoạch năm 2026');
    expect(made.title).toContain('2026');
  });

  it('carries over the movements, their lead units and minimums, in order', () => {
    expect(
      made.movements.map(({ movement, leadUnits, minimum, leadUnitsNote }) => ({ movement, leadUnits, minimum, leadUnitsNote })),
    ).toEqual(latest.movements.map(({ movement, leadUnits, minimum, leadUnitsNote }) => ({ movement, leadUnits, minimum, leadUnitsNote })));
  });

  it('marks every text to read again from the new plan as a placeholder, and keeps no text of last year as a value', () => {
    const placeholders = placeholdersIn(made).map((p) => p.path.join('.'));
    for (const field of [
      'summary',
      'target',
      'generalCriteria',
      'purposes.0',
      'requirements.0',
      'basis.0.document',
      'methods.0.text',
      'duties.0.text',
      'movements.0.assignment',
    ]) {
      expect(placeholders).toContain(field);
    }
    expect(JSON.stringify(made)).not.toContain(latest.summary);
    expect(JSON.stringify(made)).not.toContain(latest.movements[0]!.assignment);
  });

  it("keeps last year's text beside each placeholder, as a comment to compare with", () => {
    const text = nextPlan(latest, 'ke-hoach-2025', 2026);
    expect(text).toContain(`# Năm 2025: ${latest.summary}`);
    expect(text).toContain(`    # Năm 2025: ${latest.movements[0]!.assignment}`);
  });
});
