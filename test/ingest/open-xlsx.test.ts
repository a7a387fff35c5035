import { mkdirSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, openTable, parseDate, parseDecimal } from '../../src/ingest/index.ts';
import { collect, POPULATION_HEADER, POPULATION_ROWS, rejection, useTempDir } from './helpers.ts';
import { guarded } from '../../src/ingest/open-xlsx.ts';
import type { SheetItem } from '../../src/ingest/xlsx-sheet-rows.ts';

const temp = useTempDir();

/** Writes a workbook whose sheets are given as name → rows. */
async function writeWorkbook(file: string, sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  await workbook.xlsx.writeFile(file);
}

async function openError(file: string, sheet?: string | number): Promise<InputError> {
  const error = await rejection(openTable(file, sheet === undefined ? {} : { sheet }));
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toContain(file);
  return error as InputError;
}

describe('XLSX population table', () => {
  const file = temp.path('population.xlsx');
  beforeAll(() => writeWorkbook(file, { Befolkning: [POPULATION_HEADER, ...POPULATION_ROWS] }));

  it('reads the first sheet as text with "." decimals', async () => {
    const source = await openTable(file);
    expect(source).toMatchObject({ format: 'xlsx', decimal: '.', sheet: 'Befolkning', header: POPULATION_HEADER });
    expect(source.encoding).toBeUndefined();
    const rows = await collect(source.rows());
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(rows.map((r) => r.values)).toEqual(POPULATION_ROWS.map((row) => row.map(String)));
    expect(rows.map((r) => parseDecimal(r.values[8] ?? '', source.decimal))).toEqual([0.352, 1.5, 12.25, 0.001].map((value) => ({ kind: 'ok', value })));
  });
});

describe('XLSX cell types', () => {
  const file = temp.path('types.xlsx');
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['tekst', 'dato', 'tal', 'sand', 'rig', 'formel', 'datoformel', 'fejl']);
    sheet.addRow([
      'Færøerne',
      new Date(Date.UTC(2023, 1, 28)),
      1234.5,
      true,
      { richText: [{ text: 'Øst' }, { text: 'rig', font: { bold: true } }] },
      { formula: 'C2*2', result: 2469 },
      { formula: 'B2+1', result: 44986 },
      { error: '#N/A' },
    ]);
    sheet.getCell('G2').numFmt = 'yyyy-mm-dd';
    sheet.addRow(['Østrig', null, 0.000001, false, 'x', { formula: 'C3', result: 0.000001 }, null, null]);
    await workbook.xlsx.writeFile(file);
  });

  it('converts numbers, dates, booleans, rich text, formulas and errors to text', async () => {
    const rows = await collect((await openTable(file)).rows());
    expect(rows[0]?.values).toEqual(['Færøerne', '2023-02-28', '1234.5', 'true', 'Østrig', '2469', '2023-03-01', '#N/A']);
    expect(rows[1]?.values).toEqual(['Østrig', '', '0.000001', 'false', 'x', '0.000001', '', '']);
    expect(parseDate(rows[0]?.values[1] ?? '')).toEqual({ kind: 'ok', value: '2023-02-28' });
  });
});

describe('choosing a sheet', () => {
  const file = temp.path('two-sheets.xlsx');
  beforeAll(() =>
    writeWorkbook(file, {
      Forside: [['Befolkningsudtræk 2025'], ['Se arket Data']],
      Data: [
        ['cpr', 'koen'],
        ['P000001', 'M'],
        ['P000002', 'K'],
      ],
    }),
  );

  it('by 1-based number, by name, by name in another case, and by a number given as text', async () => {
    for (const sheet of [2, 'Data', 'data', '2']) {
      const source = await openTable(file, { sheet });
      expect(source.sheet).toBe('Data');
      expect(source.header).toEqual(['cpr', 'koen']);
      expect((await collect(source.rows())).map((r) => r.values)).toEqual([
        ['P000001', 'M'],
        ['P000002', 'K'],
      ]);
    }
  });

  it('takes the first sheet by default', async () => {
    const source = await openTable(file);
    expect(source.sheet).toBe('Forside');
    expect(source.header).toEqual(['Befolkningsudtræk 2025']);
  });

  it('names the sheets when the chosen one does not exist', async () => {
    const byName = await openError(file, 'Befolkning');
    expect(byName.code).toBe('missing_sheet');
    expect(byName.messageDa).toBe('arket "Befolkning" findes ikke; filens ark er: "Forside", "Data"');
    const byNumber = await openError(file, 3);
    expect(byNumber.messageEn).toBe('sheet no. 3 does not exist; the file\'s sheets are: "Forside", "Data"');
  });
});

describe('XLSX layout problems', () => {
  it('an empty first sheet is a clear error pointing to the other sheets', async () => {
    const file = temp.path('empty-first.xlsx');
    await writeWorkbook(file, { Tom: [], Data: [['a'], ['1']] });
    const error = await openError(file);
    expect(error.code).toBe('empty_sheet');
    expect(error.messageDa).toBe('arket "Tom" er tomt; vælg et andet ark med --sheet (filens andre ark: "Data")');
    expect((await openTable(file, { sheet: 2 })).header).toEqual(['a']);
  });

  it('a sheet with only a header', async () => {
    const file = temp.path('header-only.xlsx');
    await writeWorkbook(file, { Ark1: [['person_id', 'koen']] });
    expect((await openError(file)).code).toBe('header_only');
  });

  it('numbers rows as Excel does when the header is not on row 1 and blank rows sit in between', async () => {
    const file = temp.path('offset.xlsx');
    await writeWorkbook(file, { Ark1: [[], [], ['a', 'b'], ['1', '2'], [], ['3', null]] });
    const source = await openTable(file);
    expect(source.header).toEqual(['a', 'b']);
    expect(await collect(source.rows())).toEqual([
      { rowNumber: 4, values: ['1', '2'] },
      { rowNumber: 6, values: ['3', ''] },
    ]);
  });

  it('a value in a column without a header names the row and the column letter', async () => {
    const file = temp.path('stray.xlsx');
    await writeWorkbook(file, {
      Ark1: [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4', null, 'note'],
      ],
    });
    const error = await rejection(collect((await openTable(file)).rows()));
    expect(error).toMatchObject({ code: 'cell_outside_header', row: 3, columnNumber: 4 });
    expect((error as Error).message).toContain('række 3, kolonne D');
  });
});

describe('temporary files', () => {
  it('leaves no unpacked sheet in the temp folder, even when reading stops early', async () => {
    const file = temp.path('many-rows.xlsx');
    const rows: unknown[][] = [['cpr', 'koen']];
    for (let i = 0; i < 2000; i++) rows.push([`P${i}`, i % 2 ? 'M' : 'K']);
    await writeWorkbook(file, { Forside: [['x'], ['1']], Data: rows, Noter: [['y'], ['2']] });
    const tmp = temp.path('tmp');
    mkdirSync(tmp);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const source = await openTable(file, { sheet: 'Data' });
      let seen = 0;
      for await (const _row of source.rows()) if (++seen === 10) break;
      expect(seen).toBe(10);
      expect((await collect(source.rows())).length).toBe(2000);
      for (let wait = 0; wait < 50 && readdirSync(tmp).length > 0; wait++) await sleep(20);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});

describe('a read that exceljs fails on by chance', () => {
  type Item = SheetItem;
  const items: Item[] = [
    { kind: 'sheet', name: 'Data', names: ['Data'] },
    { kind: 'row', rowNumber: 1, values: ['a'] },
    { kind: 'row', rowNumber: 2, values: ['1'] },
  ];
  /** A reader that fails with exceljs's race after `failAfter` items on its first `failures` reads. */
  const flaky = (failures: number, failAfter: number) => {
    let reads = 0;
    return async function* read(): AsyncGenerator<Item> {
      reads++;
      for (const [i, item] of items.entries()) {
        if (reads <= failures && i === failAfter) throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
        yield item;
      }
    };
  };
  const all = async (source: AsyncGenerator<Item>) => {
    const out: Item[] = [];
    for await (const item of source) out.push(item);
    return out;
  };

  it('is read again from the start, each item handed out once', async () => {
    expect(await all(guarded('x.xlsx', flaky(2, 2)))).toEqual(items);
  });

  it('is reported as a damaged workbook when every read fails', async () => {
    await expect(all(guarded('x.xlsx', flaky(3, 1)))).rejects.toMatchObject({ code: 'unreadable_xlsx', file: 'x.xlsx' });
  });
});
