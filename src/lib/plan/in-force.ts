/**
 * The plan in force on a day: the latest plan whose year has begun. A plan written ahead for next
 * year (`npm run new -- plan 2027` in December) waits for its year, so the home page, the movements,
 * progress and nominations keep following this year's plan until the first rebuild in January. A
 * site whose only plans are still to come shows the earliest of them.
 */
export function planInForce<P extends { data: { year: number } }>(plans: readonly P[], day: Date): P | undefined {
  const year = day.getUTCFullYear();
  const begun = plans.filter((plan) => plan.data.year <= year);
  const pool = begun.length > 0 ? begun : plans;
  const pick = begun.length > 0 ? Math.max : Math.min;
  const wanted = pick(...pool.map((plan) => plan.data.year));
  return pool.find((plan) => plan.data.year === wanted);
}

/** The plans the office reports on: the plan in force and those before it, not next year's. */
export function reportablePlans<P extends { data: { year: number } }>(plans: readonly P[], day: Date): P[] {
  const current = planInForce(plans, day);
  return current ? plans.filter((plan) => plan.data.year <= current.data.year) : [];
}
