/**
 * A report as blocks (headings, paragraphs, lists, tables, runs of text with the blanks the
 * officer fills in), which OfficeDocument.astro draws as HTML and report-docx.ts as Word; and the
 * short constructors the report is written with.
 */

/** A run of text; `placeholder` marks what the officer writes before signing. */
export interface Inline {
  text: string;
  placeholder?: boolean;
  bold?: boolean;
  italic?: boolean;
}
export interface Cell {
  /** Lines of the cell, each a list of runs. */
  lines: Inline[][];
  /** `row`: the cell names its row (a movement, an exemplar). */
  header?: 'row';
  colSpan?: number;
  align?: 'left' | 'center' | 'right';
  /** What the figure is (`published`…), for readers that compare it with /tien-do/. */
  col?: string;
}
export interface Row {
  cells: Cell[];
  /** `group`: a movement's heading row; `total`: a sum; `unit`: a lead unit under its movement. */
  kind?: 'group' | 'total' | 'unit';
  movement?: string;
  unit?: string;
}
export interface Table {
  type: 'table';
  id: string;
  caption: string;
  head: string[];
  /** Share of the text width of each column, summing to 100. */
  widths: number[];
  rows: Row[];
}
export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; content: Inline[]; note?: boolean }
  | { type: 'list'; items: Inline[][] }
  | Table;

export interface ReportDocument {
  /** The page's and the file's title: "Báo cáo năm 2023". */
  title: string;
  /** Top left: the issuing body in capitals, one line each, and the number line. */
  authority: string[];
  number: Inline[];
  /** Top right: the national motto block and the place and date line. */
  motto: [string, string];
  dateLine: Inline[];
  kind: string;
  subject: string;
  /** "Số liệu minh họa…" when the content is sample. */
  notice?: string | undefined;
  body: Block[];
  recipients: Inline[][];
  signature: { on: string; title: string; name: Inline[] };
}

export const t = (text: string, extra: Omit<Inline, 'text'> = {}): Inline => ({ text, ...extra });
/** A blank the officer fills in: "[…]", "[Họ và tên]". */
export const ph = (text: string): Inline => ({ text: `[${text}]`, placeholder: true });
/** What the officer writes: "[Văn phòng ghi: ưu điểm]". */
export const write = (what: string): Inline => ph(`Văn phòng ghi: ${what}`);
export const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const cell = (text: string | Inline[], extra: Omit<Cell, 'lines'> = {}): Cell => ({
  lines: [typeof text === 'string' ? [t(text)] : text],
  ...extra,
});
export const num = (value: number, col: string): Cell => ({ lines: [[t(String(value))]], align: 'center', col });
