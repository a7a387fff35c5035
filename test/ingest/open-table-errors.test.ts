import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatInputError, InputError, openTable } from '../../src/ingest/index.ts';
import { readRows, rejection, storedZip, useTempDir } from './helpers.ts';

const temp = useTempDir();

async function openError(file: string, options?: { sheet?: string | number }): Promise<InputError> {
  const error = await rejection(openTable(file, options));
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.file).toBe(file);
  expect(inputError.message).toContain(file);
  return inputError;
}

describe('files that are not usable tables', () => {
  it('a file that does not exist', async () => {
    const error = await openError(temp.path('nowhere.csv'));
    expect(error.code).toBe('file_not_found');
    expect(formatInputError(error, 'da')).toBe(`${temp.path('nowhere.csv')}: filen findes ikke`);
    expect(formatInputError(error, 'en')).toBe(`${temp.path('nowhere.csv')}: the file does not exist`);
  });

  it('a folder', async () => {
    const folder = temp.path('a-folder.csv');
    mkdirSync(folder);
    expect((await openError(folder)).code).toBe('file_unreadable');
  });

  it('an empty file, and one with only blank lines', async () => {
    writeFileSync(temp.path('empty.csv'), '');
    writeFileSync(temp.path('blank.csv'), '\r\n\n  \n');
    expect((await openError(temp.path('empty.csv'))).code).toBe('empty_file');
    expect((await openError(temp.path('blank.csv'))).code).toBe('empty_file');
  });

  it('a file with only a header (with or without trailing line ends)', async () => {
    writeFileSync(temp.path('header.csv'), 'person_id;koen\r\n\r\n');
    const error = await openError(temp.path('header.csv'));
    expect(error.code).toBe('header_only');
    expect(error.messageEn).toBe('the file has only a header and no data rows');
  });

  it('a PNG picture named .csv', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(temp.path('picture.csv'), png);
    const error = await openError(temp.path('picture.csv'));
    expect(error.code).toBe('binary_file');
    expect(error.messageDa).toContain('PNG-billede');
  });

  it('a binary file without a known signature', async () => {
    writeFileSync(temp.path('noise.csv'), Buffer.from([1, 2, 3, 0, 5, 6, 7, 8]));
    expect((await openError(temp.path('noise.csv'))).code).toBe('binary_file');
  });

  it('a zip archive that is not a workbook, renamed to .csv', async () => {
    writeFileSync(temp.path('archive.csv'), storedZip({ 'data/a.csv': 'a;b\n1;2\n' }));
    const error = await openError(temp.path('archive.csv'));
    expect(error.code).toBe('not_xlsx');
    expect(error.messageEn).toContain('zip archive but not an Excel workbook');
  });

  it('an old .xls file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    writeFileSync(temp.path('old.xls'), ole);
    expect((await openError(temp.path('old.xls'))).code).toBe('xls_not_supported');
  });

  it('a text file named .xlsx', async () => {
    writeFileSync(temp.path('fake.xlsx'), 'a;b\n1;2\n');
    expect((await openError(temp.path('fake.xlsx'))).code).toBe('not_xlsx');
  });

  it('a UTF-16 text file', async () => {
    writeFileSync(temp.path('utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n1;2\n', 'utf16le')]));
    expect((await openError(temp.path('utf16.csv'))).code).toBe('unsupported_encoding');
  });

  it('a damaged workbook', async () => {
    const zip = storedZip({ 'xl/workbook.xml': '<workbook><sheets><sheet', 'xl/worksheets/sheet1.xml': '<<<' });
    writeFileSync(temp.path('damaged.xlsx'), zip);
    const error = await openError(temp.path('damaged.xlsx'));
    expect(error.code).toBe('unreadable_xlsx');
  });
});

describe('content decides the format, not the name', () => {
  it('reads a real workbook saved under a .csv name as XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow(['a', 'b']);
    sheet.addRow([1, 'x']);
    await workbook.xlsx.writeFile(temp.path('workbook.csv'));
    const source = await openTable(temp.path('workbook.csv'));
    expect(source.format).toBe('xlsx');
    expect(await readRows(source)).toEqual([{ rowNumber: 2, values: ['1', 'x'] }]);
  });
});
