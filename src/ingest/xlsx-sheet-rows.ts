/**
 * Streams the rows of one sheet of an XLSX workbook with exceljs's streaming `WorkbookReader`, so a
 * large workbook is never held in memory. Sheets are chosen by name or by 1-based position in the
 * workbook's tab order. exceljs unpacks worksheets that come before the shared strings in the zip
 * (as Excel writes them) into temporary files and deletes each only when its iteration moves past it;
 * so every pass here runs the workbook iteration to its end, even when the caller stops early,
 * lest person-level data linger in the temp folder.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { cellText } from './xlsx-cell-text.ts';
import { fileError } from './file-error.ts';

/** What is streamed: first the chosen sheet's name with all sheet names, then its non-empty rows. */
export type SheetItem =
  | { readonly kind: 'sheet'; readonly name: string; readonly names: readonly string[] }
  | { readonly kind: 'row'; readonly rowNumber: number; readonly values: string[] };

/** The parts of exceljs's streaming readers that are used here (its typings omit them). */
interface WorkbookReaderLike extends AsyncIterable<WorksheetReaderLike> {
  readonly model?: { readonly sheets?: readonly { readonly name: string }[] };
}
interface WorksheetReaderLike extends AsyncIterable<RowLike> {
  readonly name: string;
}
interface RowLike {
  readonly number: number;
  readonly cellCount: number;
  getCell(column: number): { readonly value: unknown; readonly numFmt?: string };
}

/**
 * The chosen sheet (`selector`: name, 1-based number, or undefined for the first) of `file`.
 * Throws `missing_sheet` listing the sheets when there is no such sheet.
 * @example for await (const item of xlsxSheetRows('data.xlsx', 'Data')) …
 */
export async function* xlsxSheetRows(file: string, selector: string | number | undefined): AsyncGenerator<SheetItem> {
  const stream = createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderLike;
  const sheets = reader[Symbol.asyncIterator]();
  const names = () => (reader.model?.sheets ?? []).map((s) => s.name);
  let found = false;
  try {
    for (let next = await sheets.next(); next.done !== true; next = await sheets.next()) {
      const sheet = next.value;
      if (found || !isChosen(sheet.name, names(), selector)) {
        await skip(sheet);
        continue;
      }
      found = true;
      yield { kind: 'sheet', name: sheet.name, names: names() };
      for await (const row of sheet) {
        const values = rowValues(row);
        if (values.some((v) => v.length > 0)) yield { kind: 'row', rowNumber: row.number, values };
      }
    }
    if (!found) throw missingSheet(file, selector, names());
  } finally {
    await drain(sheets);
    stream.destroy();
  }
}

/** Passes over a sheet without reading it, closing its (temporary) file. */
async function skip(sheet: WorksheetReaderLike): Promise<void> {
  for await (const _row of sheet) break;
}

/** Runs the workbook iteration to its end so that exceljs deletes its temporary files. */
async function drain(sheets: AsyncIterator<WorksheetReaderLike>): Promise<void> {
  try {
    for (let next = await sheets.next(); next.done !== true; next = await sheets.next()) await skip(next.value);
  } catch {
    // The workbook is damaged or already finished; the original error, if any, is what matters.
  }
}

function isChosen(name: string, names: readonly string[], selector: string | number | undefined): boolean {
  const position = names.indexOf(name) + 1;
  if (selector === undefined) return position === 1 || names.length === 0;
  if (typeof selector === 'number') return position === selector;
  if (names.includes(selector)) return name === selector;
  const loose = names.find((n) => n.trim().toLowerCase() === selector.trim().toLowerCase());
  if (loose !== undefined) return name === loose;
  return /^\d+$/.test(selector.trim()) && position === Number(selector.trim());
}

function rowValues(row: RowLike): string[] {
  const values: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const cell = row.getCell(column);
    values.push(cellText(cell.value, cell.numFmt));
  }
  return values;
}

function missingSheet(file: string, selector: string | number | undefined, names: readonly string[]) {
  const list = names.map((n) => `"${n}"`).join(', ');
  const wanted = selector === undefined ? '1' : typeof selector === 'number' ? `nr. ${selector}` : `"${selector}"`;
  const wantedEn = selector === undefined ? '1' : typeof selector === 'number' ? `no. ${selector}` : `"${selector}"`;
  return fileError(file, 'missing_sheet', {
    da: `arket ${wanted} findes ikke; filens ark er: ${list || '(ingen)'}`,
    en: `sheet ${wantedEn} does not exist; the file's sheets are: ${list || '(none)'}`,
  });
}
