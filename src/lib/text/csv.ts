/**
 * A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): it starts with
 * =, +, -, @, a tab or a carriage return, or their full-width forms, which some East Asian
 * versions of Excel also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number written as text ("-5", "+3", "12,5"): harmless, and kept a number. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * One CSV cell: numbers and booleans as they are; text that could start a formula gets a
 * leading apostrophe, which makes Excel and LibreOffice show it as text, written as is.
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel shows Vietnamese letters correctly. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
