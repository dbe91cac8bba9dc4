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
import { parseContentFile } from '../frontmatter.ts';
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
): { problems: Problem[]; data?: z.output<T> } {
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
  // The lines of the fields meant to be public (an office's phone), looked up only when a detail is found.
  let publicLines: Set<number> | undefined;
  for (const detail of findPrivateDetails(read.text)) {
    const line = read.text.slice(0, detail.index).split('\n').length;
    publicLines ??= new Set((rules.publicFields ?? []).map((at) => parsed.lineOf(at)).filter((l) => l > 1));
    if (publicLines.has(line)) continue;
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
  if (parsed.data === undefined) return { problems };
  const result = schema.safeParse(parsed.data ?? {}, PARSE_OPTIONS);
  if (result.success) return { problems, data: result.data };
  for (const issue of result.error.issues) {
    for (const { path: at, field, message, hint } of issueToProblems(issue, { yaml: true, guide: rules.guide ?? GUIDE }))
      problems.push({ file, ...error(parsed.lineOf(at), field, message, hint) });
  }
  return { problems };
}
