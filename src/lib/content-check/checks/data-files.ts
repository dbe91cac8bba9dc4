/**
 * The single data files at the top of content/: site.yaml (the commune) and abbreviations.yaml
 * (how loudspeakers say short forms). Each is read, decoded and checked like an entry.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readContentFile } from '../../content/files.ts';
import { PRIVATE_DETAIL_LABELS, findPrivateDetails, maskDetail } from '../../privacy/private-details.ts';
import { error } from '../context.ts';
import { PARSE_OPTIONS } from '../error-map.ts';
import { parseContentFile, type ParsedFile } from '../frontmatter.ts';
import { FILE_FIELD, type Problem } from '../problem.ts';
import { issueToProblems } from '../schema-issues.ts';
import { GUIDE } from '#schemas/hints.ts';

interface DataFileRules {
  /** What to say when the file is missing; undefined when the file is optional. */
  missing?: { message: string; hint: string };
  /** How to write the file, for a line that does not read as YAML. */
  yamlHint: string;
  /** Where the file's fields are explained, for a field missing or wrong; the editing guide when unsaid. */
  guide?: string;
  /** Fields made to publish an office's mailbox or phone line: the privacy rule leaves their lines alone. */
  publicFields?: readonly (readonly string[])[];
}

export function checkDataFile<T extends z.ZodType>(
  root: string,
  file: string,
  schema: T,
  rules: DataFileRules,
): { problems: Problem[]; data?: z.output<T>; lineOf?: (path: readonly PropertyKey[]) => number } {
  const path = join(root, file);
  if (!existsSync(path))
    return { problems: rules.missing ? [{ file, ...error(1, FILE_FIELD, rules.missing.message, rules.missing.hint) }] : [] };
  const read = readContentFile(path);
  if (read.problem) return { problems: [{ file, field: FILE_FIELD, severity: 'error', ...read.problem }] };
  const parsed = parseContentFile(read.text, 'yaml');
  const problems: Problem[] = parsed.errors.map((problem) => ({
    file,
    ...error(problem.line, 'frontmatter', problem.message, rules.yamlHint),
  }));
  // The fields meant to be public (an office's phone), by line, looked up only when a detail is found.
  let publicValues: Map<number, string[]> | undefined;
  for (const detail of findPrivateDetails(read.text)) {
    const line = read.text.slice(0, detail.index).split('\n').length;
    publicValues ??= publicFieldValues(read.text, parsed, rules.publicFields ?? []);
    // Left alone only when it is that field's own value: a mobile number written into office.name
    // on the same line as office.email is still someone's.
    if ((publicValues.get(line) ?? []).some((value) => sameDetail(value, detail.text))) continue;
    problems.push({
      file,
      ...error(
        line,
        'frontmatter',
        `Có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}) ngoài trường dành cho nó.`,
        'Hộp thư và số máy của cơ quan ghi ở office.email, office.phone; không ghi thông tin của cá nhân.',
      ),
    });
  }
  if (parsed.data === undefined) return { problems, lineOf: parsed.lineOf };
  const result = schema.safeParse(parsed.data ?? {}, PARSE_OPTIONS);
  if (result.success) return { problems, data: result.data, lineOf: parsed.lineOf };
  for (const issue of result.error.issues) {
    for (const { path: at, field, message, hint } of issueToProblems(issue, { yaml: true, guide: rules.guide ?? GUIDE }))
      problems.push({ file, ...error(parsed.lineOf(at), field, message, hint) });
  }
  return { problems, lineOf: parsed.lineOf };
}

/** A detail and a field's value are the same when they differ only in spaces, dots, dashes and case. */
const sameDetail = (value: string, detail: string) => {
  const plain = (text: string) => text.toLowerCase().replace(/[\s.\-()"']/g, '');
  return plain(value) === plain(detail);
};

/**
 * The public fields' values by line. From the parsed file when it reads as YAML; otherwise from
 * the lines that start with the field's own key ("  email: …"), so that a YAML mistake elsewhere
 * does not turn the office's mailbox into a private detail.
 */
function publicFieldValues(text: string, parsed: ParsedFile, fields: readonly (readonly string[])[]): Map<number, string[]> {
  const values = new Map<number, string[]>();
  const add = (line: number, value: string) => values.set(line, [...(values.get(line) ?? []), value]);
  for (const at of fields) {
    let value: unknown = parsed.errors.length === 0 ? parsed.data : undefined;
    for (const key of at) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string') {
      add(parsed.lineOf(at), value);
      continue;
    }
    const key = at.at(-1)!;
    text.split('\n').forEach((line, i) => {
      const match = new RegExp(`^\\s+${key}:\\s*(.+?)\\s*$`).exec(line);
      if (match && parsed.errors.length > 0) add(i + 1, match[1]!);
    });
  }
  return values;
}
