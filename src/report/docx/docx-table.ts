/**
 * A report table as a Word table: a bold caption paragraph above it, a header row that repeats on
 * every page, rows that do not split, and each cell's detail as a second, smaller line.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportCell, ReportTable } from '../model/index.ts';
import { ACCENT, BAND, MUTED, RULE, SIZE, toneRun } from './docx-styles.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function cellParagraphs(cell: ReportCell, right: boolean, header: boolean): Paragraph[] {
  const alignment = right ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const main = new Paragraph({
    alignment,
    spacing: { after: 0, line: 240 },
    children: [new TextRun({ text: cell.text, size: SIZE.table, ...(header ? { bold: true } : toneRun(cell.tone)) })],
  });
  if (cell.detail === undefined) return [main];
  return [
    main,
    new Paragraph({ alignment, spacing: { after: 0, line: 240 }, children: [new TextRun({ text: cell.detail, size: SIZE.detail, color: MUTED })] }),
  ];
}

function row(cells: readonly ReportCell[], table: ReportTable, index: number | 'header'): TableRow {
  const header = index === 'header';
  const shaded = !header && index % 2 === 1;
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map(
      (cell, i) =>
        new TableCell({
          children: cellParagraphs(cell, table.align[i] === 'right', header),
          margins: { top: 50, bottom: 50, left: 80, right: 80 },
          ...(shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAND } } : {}),
          borders: {
            top: NONE,
            left: NONE,
            right: NONE,
            bottom: header ? { style: BorderStyle.SINGLE, size: 12, color: ACCENT } : { style: BorderStyle.SINGLE, size: 4, color: RULE },
          },
        }),
    ),
  });
}

/** The caption paragraph and the table. */
export function docxTable(table: ReportTable): (Paragraph | Table)[] {
  const caption = new Paragraph({ style: 'TableCaption', children: [new TextRun(table.caption)] });
  const body = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(
        table.headers.map((text) => ({ text })),
        table,
        'header',
      ),
      ...table.rows.map((cells, i) => row(cells, table, i)),
    ],
  });
  return [caption, body, new Paragraph({ spacing: { after: 120 }, children: [] })];
}
