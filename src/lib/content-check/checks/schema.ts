/**
 * Every field against the collection's zod schema (src/schemas/), the one Astro uses, with the
 * references and pictures checked against content/ (tools.ts) and Vietnamese messages (error-map.ts).
 * A placeholder is reported once, as "chưa điền" (checks/placeholders.ts), not again here.
 */
import { error, type FileCheck } from '../context.ts';
import { PARSE_OPTIONS } from '../error-map.ts';
import { issueToProblems } from '../schema-issues.ts';
import { GUIDE } from '#schemas/hints.ts';

export const checkSchema: FileCheck = ({ file, parsed, placeholders, entry, schema }, report) => {
  const data = parsed.data;
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const result = schema().safeParse(data, PARSE_OPTIONS);
  if (result.success) {
    entry.data = result.data as Record<string, unknown>;
    return;
  }
  const isPlaceholder = (at: readonly PropertyKey[]) =>
    placeholders.some((p) => p.path.length === at.length && p.path.every((key, i) => key === at[i]));
  // A .yaml entry (a person, a plan) is all fields: no "---" to add a line between.
  const kind = { yaml: /\.ya?ml$/i.test(file), guide: GUIDE };
  for (const issue of result.error.issues) {
    if (isPlaceholder(issue.path)) continue;
    for (const { path, field, message, hint } of issueToProblems(issue, kind)) report.add(error(parsed.lineOf(path), field, message, hint));
  }
};
