/** One thing wrong (or worth a look) in one content file. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** The frontmatter field, e.g. "consent.minor.guardian", or "nội dung" for the body. */
  field: string;
  message: string;
  /** How to fix it, in plain words: every problem has one. */
  hint: string;
  severity: 'error' | 'warning';
}

export const BODY_FIELD = 'nội dung';
export const FILE_FIELD = 'tệp';

/** `file:line  field  what is wrong  how to fix it`, the shape editors and CI logs read. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const label = p.severity === 'warning' ? 'cảnh báo: ' : '';
  return [where, p.field, `${label}${p.message}`, `Cách sửa: ${p.hint}`].join('  ');
}

export function formatReport(problems: readonly Problem[]): string {
  // Errors first, then warnings; each group by file and line, as an author works through them.
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  const errors = problems.filter((p) => p.severity === 'error').sort(byPlace);
  const warnings = problems.filter((p) => p.severity === 'warning').sort(byPlace);
  const lines = [...errors, ...warnings].map(formatProblem);
  const files = new Set(errors.map((p) => p.file)).size;
  const tail = errors.length
    ? `${errors.length} lỗi trong ${files} tệp${warnings.length ? `, ${warnings.length} cảnh báo` : ''}. Sửa các lỗi trên rồi chạy lại.`
    : `Không có lỗi${warnings.length ? `, ${warnings.length} cảnh báo` : ''}.`;
  return [...lines, tail].join('\n');
}
