/** One thing wrong (or worth a look) in one content file. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** The frontmatter field, e.g. "consent.minor.guardian", or "nội dung" for the body. */
  field: string;
  message: string;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
  severity: 'error' | 'warning';
}

export const BODY_FIELD = 'nội dung';
export const FILE_FIELD = 'tệp';

/** `file:line  field  what is wrong  how to fix it`, the shape editors and CI logs read. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const label = p.severity === 'warning' ? 'cảnh báo: ' : '';
  return [where, p.field, `${label}${p.message}`, p.hint ?? ''].filter(Boolean).join('  ');
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatProblem);
  const files = new Set(errors.map((p) => p.file)).size;
  const tail = errors.length
    ? `${errors.length} lỗi trong ${files} tệp${warnings.length ? `, ${warnings.length} cảnh báo` : ''}. Sửa các lỗi trên rồi chạy lại.`
    : `Không có lỗi${warnings.length ? `, ${warnings.length} cảnh báo` : ''}.`;
  return [...lines, tail].join('\n');
}
