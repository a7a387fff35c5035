/**
 * Tables as Excel workbooks (exceljs): typed cells (numbers stay numbers, shares get a percent
 * format), a bold frozen header row, and a second sheet with the definitions that must travel with
 * the figures. Suppressed cells are empty.
 */
import ExcelJS from 'exceljs';
import type { ColumnKind, Table } from './table.ts';

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  integer: '0',
  decimal: '0.00',
  share: '0.0%',
  boolean: undefined,
};

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'data';
}

/**
 * The workbook's bytes. `about` is written as a two-column "Om tallene" sheet (label, text).
 */
export async function toXlsx(table: Table, about: readonly (readonly [string, string])[] = [], aboutName = 'Om tallene'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'indikator';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(10, c.name.length + 2),
    ...(FORMATS[c.kind] === undefined ? {} : { style: { numFmt: FORMATS[c.kind] } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  if (about.length > 0) {
    const info = workbook.addWorksheet(sheetName(aboutName));
    info.columns = [
      { key: 'label', width: 30 },
      { key: 'text', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
    ];
    for (const [label, text] of about) info.addRow([label, text]);
    info.getColumn(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
