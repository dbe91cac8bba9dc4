import { describe, expect, it } from 'vitest';
import { planInForce, reportablePlans } from '#lib/plan/in-force.ts';

const plan = (year: number) => ({ id: `ke-hoach-${year}`, data: { year } });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Latest first, as getPlans() gives them.
const plans = [plan(2027), plan(2026), plan(2025)];

describe('the plan in force', () => {
  it('is the latest plan whose year has begun: a plan written ahead in December waits for January', () => {
    expect(planInForce(plans, day('2026-12-31'))?.data.year).toBe(2026);
    expect(planInForce(plans, day('2027-01-01'))?.data.year).toBe(2027);
    expect(planInForce(plans, day('2030-06-01'))?.data.year).toBe(2027);
  });

  it('is the earliest plan when every plan is still to come, and none when there is none', () => {
    expect(planInForce([plan(2028), plan(2027)], day('2026-12-01'))?.data.year).toBe(2027);
    expect(planInForce([], day('2026-12-01'))).toBeUndefined();
  });

  it('keeps the year of a plan in force whatever the order it is given in', () => {
    expect(planInForce([plan(2025), plan(2027), plan(2026)], day('2026-05-01'))?.data.year).toBe(2026);
  });
});

describe('the plans the office reports on', () => {
  it('are the plan in force and the years before it, never next year', () => {
    expect(reportablePlans(plans, day('2026-12-01')).map((p) => p.data.year)).toEqual([2026, 2025]);
    expect(reportablePlans(plans, day('2027-01-01')).map((p) => p.data.year)).toEqual([2027, 2026, 2025]);
    expect(reportablePlans([plan(2028)], day('2026-12-01')).map((p) => p.data.year)).toEqual([2028]);
  });
});
