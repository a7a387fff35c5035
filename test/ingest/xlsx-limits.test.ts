import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, openTable, XLSX_LIMITS } from '../../src/ingest/index.ts';
import { collect, rejection, useTempDir } from './helpers.ts';
import { deflatedZip, hugeCellWorkbook, manyCellsWorkbook, manyRowsWorkbook, plainWorkbook } from './xlsx-bombs.ts';

const temp = useTempDir();
// exceljs unpacks sheets into the system temp folder: point it at one this test can watch.
const scratch = temp.path('tmp');
const savedTmp = process.env.TMPDIR;
beforeAll(() => {
  mkdirSync(scratch);
  process.env.TMPDIR = scratch;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

async function refusal(bytes: Buffer, name: string, limits = XLSX_LIMITS): Promise<InputError> {
  const file = temp.path(name);
  writeFileSync(file, bytes);
  const error = await rejection(openTable(file, { xlsxLimits: limits }));
  expect(error).toBeInstanceOf(InputError);
  expect(readdirSync(scratch)).toEqual([]);
  return error as InputError;
}

describe('XLSX expansion limits', () => {
  it('reads a normal workbook built the same way', async () => {
    const file = temp.path('plain.xlsx');
    writeFileSync(
      file,
      plainWorkbook([
        ['indicator', 'note'],
        ['a', 'b'],
      ]),
    );
    const source = await openTable(file);
    expect(source.header).toEqual(['indicator', 'note']);
    expect((await collect(source.rows())).map((r) => r.values)).toEqual([['a', 'b']]);
  });

  it('refuses one 40 MB cell from a file of a few kilobytes before parsing it', async () => {
    const bomb = hugeCellWorkbook(40);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().heapUsed;
    const error = await refusal(bomb, 'cell.xlsx');
    expect(error.code).toBe('xlsx_too_large');
    expect(error.messageEn).toContain('a cell holding more than 256 KB of text');
    expect(error.messageDa).toContain('en celle med mere end 256 KB tekst');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses more rows than a sheet can have', async () => {
    const error = await refusal(manyRowsWorkbook(1_048_577), 'rows.xlsx');
    expect(error.code).toBe('xlsx_too_large');
    expect(error.messageEn).toContain('more than 1,048,576 rows');
  });

  it('refuses more rows, cells or unpacked bytes than the caller allows', async () => {
    expect((await refusal(manyRowsWorkbook(1001), 'r.xlsx', { ...XLSX_LIMITS, maxRows: 1000 })).messageEn).toContain('more than 1,000 rows');
    expect((await refusal(manyCellsWorkbook(5001), 'c.xlsx', { ...XLSX_LIMITS, maxCells: 5000 })).messageEn).toContain('more than 5,000 cells');
    const bytes = await refusal(manyRowsWorkbook(100_000), 'b.xlsx', { ...XLSX_LIMITS, maxUncompressedBytes: 2 * 1024 * 1024 });
    expect(bytes.messageEn).toContain('unpacks to more than 2 MB');
  });

  it('refuses a style part that inflates beyond its bound', async () => {
    const zip = deflatedZip({
      'xl/workbook.xml': '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/styles.xml': { head: '<styleSheet>', unit: '<x/>'.repeat(1024), repeat: 5000, tail: '</styleSheet>' },
    });
    expect((await refusal(zip, 'styles.xlsx')).messageEn).toContain('a part (styles, relations …) of more than 16 MB');
  });

  it('refuses an archive with a member its directory does not list', async () => {
    const zip = plainWorkbook([['a'], ['b']]);
    const hidden = Buffer.concat([deflatedZip({ 'x.xml': '<x/>' }).subarray(0, 30 + 5 + 6), zip]);
    // Shift every offset in the directory by the hidden member's length so the listed members still resolve.
    const shifted = deflatedZipWithPrefix(hidden, 30 + 5 + 6);
    expect((await refusal(shifted, 'hidden.xlsx')).code).toBe('unreadable_xlsx');
  });
});

/** `bytes` = prefix + zip: moves the directory's offsets past the prefix, leaving the prefix unlisted. */
function deflatedZipWithPrefix(bytes: Buffer, prefix: number): Buffer {
  const out = Buffer.from(bytes);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = out.readUInt16LE(end + 10);
  const start = out.readUInt32LE(end + 16) + prefix;
  out.writeUInt32LE(start, end + 16);
  let at = start;
  for (let i = 0; i < count; i++) {
    out.writeUInt32LE(out.readUInt32LE(at + 42) + prefix, at + 42);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
