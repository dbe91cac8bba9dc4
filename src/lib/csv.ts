/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel shows Vietnamese letters correctly. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  const cell = (value: string | number | boolean) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
