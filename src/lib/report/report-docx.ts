/**
 * A report as a Word file for the officer to complete and sign: the same blocks as the page
 * (report-document.ts, report-blocks.ts), written with `docx` in the format of Decree 30/2020/NĐ-CP (A4; margins
 * 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman 14 pt; page numbers at the top
 * centre from page 2; bordered tables; signature block). Placeholders are highlighted in yellow.
 * Why `docx` and not an HTML converter: docs/bao-cao.md.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell, Inline, ReportDocument, Table as DocTable } from './report-blocks.ts';

const FONT = 'Times New Roman';
/** Millimetres in twips, rounded as Word writes A4 (11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** Sizes in half-points, as Word counts them. */
const PT = (points: number) => points * 2;
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const TEXT_WIDTH = mm(210 - MARGIN.left - MARGIN.right);
const INDENT = mm(12.7);

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BOX: IBorderOptions = { ...LINE, size: 12, space: 4 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const NO_GRID = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}
const runs = (list: readonly Inline[], style: RunStyle = {}): ParagraphChild[] =>
  list.map(
    (r) =>
      new TextRun({
        text: r.text,
        font: FONT,
        size: PT(style.size ?? 14),
        bold: r.bold ?? style.bold ?? false,
        italics: r.italic ?? style.italic ?? false,
        ...(r.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
      }),
  );
const text = (value: string, style: RunStyle = {}) => runs([{ text: value }], style);

const tight = { spacing: { before: 0, after: 0 } };
const centred = (children: ParagraphChild[], extra: Record<string, unknown> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, ...tight, children, ...extra });

/** A short horizontal rule under a centred block: an empty paragraph with a bottom border, `share` of `width` long. */
const rule = (width: number, share: number) => {
  const side = Math.round((width * (1 - share)) / 2);
  return new Paragraph({
    border: { bottom: LINE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
};

const plainCell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });

/** National motto and issuing body side by side, with the number and date line under them. */
function headBlock(doc: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH * 0.37);
  const right = TEXT_WIDTH - left;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_GRID,
    rows: [
      new TableRow({
        children: [
          plainCell([...doc.authority.map((line) => centred(text(line, { size: 13, bold: true }))), rule(left, 0.35)], left),
          plainCell(
            [
              centred(text(doc.motto[0], { size: 13, bold: true })),
              centred(text(doc.motto[1], { size: 14, bold: true })),
              rule(right, 0.56),
            ],
            right,
          ),
        ],
      }),
      new TableRow({
        children: [
          plainCell([centred(runs(doc.number, { size: 13 }))], left),
          plainCell([centred(runs(doc.dateLine, { size: 14, italic: true }))], right),
        ],
      }),
    ],
  });
}

const alignment = (cell: Cell) =>
  cell.align === 'center' ? AlignmentType.CENTER : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;

function table(block: DocTable): (Paragraph | Table)[] {
  const widths = block.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cellOf = (cell: Cell, bold: boolean) => {
    const span = cell.colSpan ?? 1;
    return new TableCell({
      ...(span > 1 ? { columnSpan: span } : {}),
      width: { size: widths.slice(0, span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      children: cell.lines.map((line) => new Paragraph({ alignment: alignment(cell), ...tight, children: runs(line, { size: 12, bold }) })),
    });
  };
  const header = new TableRow({
    tableHeader: true,
    children: block.head.map(
      (h, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: { left: 80, right: 80, top: 20, bottom: 20 },
          children: [centred(text(h, { size: 12, bold: true }))],
        }),
    ),
  });
  // A movement's heading row stays with its first exemplar, and the last row with the sum under it.
  const rows = block.rows.map(
    (row, i) =>
      new TableRow({
        cantSplit: true,
        keepNext: row.kind === 'group' || block.rows[i + 1]?.kind === 'total',
        children: row.cells.map((c) => cellOf(c, row.kind === 'total' || row.kind === 'group')),
      }),
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: text(block.caption, { size: 13, italic: true }),
    }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: GRID,
      rows: [header, ...rows],
    }),
    new Paragraph({ ...tight, children: [] }),
  ];
}

function blocks(list: readonly Block[]): (Paragraph | Table)[] {
  return list.flatMap((block) => {
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            keepNext: true,
            indent: { firstLine: INDENT },
            spacing: { before: 120, after: 60 },
            children: text(block.text, { bold: true }),
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            // The closing sentence stays on the page of the signature block.
            keepNext: block === list.at(-1),
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: block.note ? 0 : INDENT },
            spacing: { before: 0, after: 120 },
            children: runs(block.content, block.note ? { size: 13 } : {}),
          }),
        ];
      case 'list':
        return block.items.map(
          (item) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              indent: { firstLine: INDENT },
              spacing: { before: 0, after: 60 },
              children: runs([{ text: '- ' }, ...item]),
            }),
        );
      case 'table':
        return table(block);
    }
  });
}

/** Recipients on the left, the signature block on the right, as the decree places them. */
function endBlock(doc: ReportDocument): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const left = new Paragraph({ ...tight, children: text('Nơi nhận:', { size: 12, bold: true, italic: true }) });
  const recipients = doc.recipients.map((r) => new Paragraph({ ...tight, children: runs([{ text: '- ' }, ...r], { size: 11 }) }));
  const sign = [
    centred(text(doc.signature.on, { bold: true })),
    centred(text(doc.signature.title, { bold: true })),
    ...Array.from({ length: 4 }, () => centred([])),
    centred(runs(doc.signature.name, { bold: true })),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_GRID,
    rows: [new TableRow({ cantSplit: true, children: [plainCell([left, ...recipients], half), plainCell(sign, TEXT_WIDTH - half)] })],
  });
}

export interface DocxMeta {
  creator: string;
  description: string;
}

/** The report as a .docx file. */
export async function reportDocx(doc: ReportDocument, meta: DocxMeta): Promise<ArrayBuffer> {
  const file = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: meta.creator,
    description: meta.description,
    styles: { default: { document: { run: { font: FONT, size: PT(14) }, paragraph: { spacing: { line: 288 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(MARGIN.top),
              bottom: mm(MARGIN.bottom),
              left: mm(MARGIN.left),
              right: mm(MARGIN.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        // Page numbers at the top centre; the first page has none.
        headers: {
          default: new Header({ children: [centred([new TextRun({ font: FONT, size: PT(13), children: [PageNumber.CURRENT] })])] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          headBlock(doc),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: text(doc.kind, { bold: true }) }),
          centred(text(doc.subject, { bold: true })),
          rule(TEXT_WIDTH, 0.3),
          ...(doc.notice
            ? [
                new Paragraph({
                  border: { top: BOX, bottom: BOX, left: BOX, right: BOX },
                  indent: { left: 80, right: 80 },
                  spacing: { before: 120, after: 240 },
                  children: text(doc.notice, { bold: true }),
                }),
              ]
            : []),
          ...blocks(doc.body),
          endBlock(doc),
        ],
      },
    ],
  });
  return Packer.toArrayBuffer(file);
}
