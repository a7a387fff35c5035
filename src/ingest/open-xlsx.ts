/**
 * Opens an XLSX workbook: picks the sheet, takes its first non-empty row as the header, makes sure a
 * data row follows, and returns a `TableSource` whose `rows()` streams the sheet afresh on every call.
 * Row numbers are the sheet's own (what Excel shows), so a header on row 3 makes the data start at 4.
 */
import { fileError } from './file-error.ts';
import { InputError } from './input-error.ts';
import { groupIntoBatches } from './row-batches.ts';
import type { TableRow, TableSource } from './table-source.ts';
import { type SheetItem, xlsxSheetRows } from './xlsx-sheet-rows.ts';

type Selector = string | number | undefined;

/**
 * Opens sheet `selector` (default: the first) of the XLSX `file`.
 * @example const source = await openXlsx('befolkning.xlsx', 'Data');
 */
export async function openXlsx(file: string, selector: Selector): Promise<TableSource> {
  const { sheet, header } = await readStart(file, selector);
  return {
    file,
    format: 'xlsx',
    decimal: '.',
    header,
    sheet,
    rows: () => dataRows(file, sheet, header.length),
    batches: () => groupIntoBatches(dataRows(file, sheet, header.length)),
  };
}

async function readStart(file: string, selector: Selector): Promise<{ sheet: string; header: string[] }> {
  let sheet: { name: string; names: readonly string[] } | undefined;
  let header: string[] | undefined;
  let hasData = false;
  for await (const item of guarded(file, () => xlsxSheetRows(file, selector))) {
    if (item.kind === 'sheet') sheet = item;
    else if (header === undefined) header = trimHeader(item.values);
    else {
      hasData = true;
      break;
    }
  }
  if (sheet === undefined) throw emptySheet(file, '', []);
  if (header === undefined) throw emptySheet(file, sheet.name, sheet.names);
  if (!hasData) {
    throw fileError(file, 'header_only', {
      da: `arket "${sheet.name}" har kun en overskrift og ingen datarækker`,
      en: `sheet "${sheet.name}" has only a header and no data rows`,
    });
  }
  return { sheet: sheet.name, header };
}

async function* dataRows(file: string, sheet: string, width: number): AsyncGenerator<TableRow> {
  let seenHeader = false;
  for await (const item of guarded(file, () => xlsxSheetRows(file, sheet))) {
    if (item.kind !== 'row') continue;
    if (seenHeader) yield { rowNumber: item.rowNumber, values: fitted(file, item, width) };
    seenHeader = true;
  }
}

function fitted(file: string, item: Extract<SheetItem, { kind: 'row' }>, width: number): string[] {
  const values = item.values;
  const stray = values.findIndex((v, i) => i >= width && v.length > 0);
  if (stray !== -1) {
    throw new InputError({
      code: 'cell_outside_header',
      file,
      row: item.rowNumber,
      columnNumber: stray + 1,
      messageDa: 'cellen har en værdi, men kolonnen har ingen overskrift',
      messageEn: 'the cell has a value, but its column has no header',
    });
  }
  const filled = values.length;
  values.length = width;
  return filled < width ? values.fill('', filled) : values;
}

function trimHeader(values: readonly string[]): string[] {
  const header = values.map((v) => v.trim());
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  return header;
}

/**
 * Turns exceljs's own failures (a damaged workbook) into an `InputError`. exceljs's streaming
 * reader also fails now and then on a sound file when the machine is busy (it reads the workbook's
 * sheet list before that part is parsed: "Cannot read properties of undefined (reading 'sheets')",
 * about one read in a thousand under full load), so a failure is read again from the start, the
 * items already handed out skipped; a workbook that fails every time is reported as damaged.
 */
export async function* guarded(file: string, read: () => AsyncGenerator<SheetItem>): AsyncGenerator<SheetItem> {
  let handedOut = 0;
  for (let attempt = 1; ; attempt++) {
    let seen = 0;
    try {
      for await (const item of read()) {
        if (seen++ < handedOut) continue;
        handedOut++;
        yield item;
      }
      return;
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (attempt < READ_ATTEMPTS) continue;
      throw fileError(file, 'unreadable_xlsx', {
        da: 'Excel-filen kan ikke læses (den er måske beskadiget); gem den igen som .xlsx eller CSV',
        en: 'the Excel file cannot be read (it may be damaged); save it again as .xlsx or CSV',
      });
    }
  }
}

/** Reads of a workbook before it is taken for damaged. */
const READ_ATTEMPTS = 3;

function emptySheet(file: string, name: string, names: readonly string[]) {
  const others = names
    .filter((n) => n !== name)
    .map((n) => `"${n}"`)
    .join(', ');
  return fileError(file, 'empty_sheet', {
    da: `arket "${name}" er tomt${others ? `; vælg et andet ark med --sheet (filens andre ark: ${others})` : ''}`,
    en: `sheet "${name}" is empty${others ? `; choose another sheet with --sheet (other sheets: ${others})` : ''}`,
  });
}
