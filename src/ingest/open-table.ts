/**
 * The single entry point for reading a tabular input file, CSV or XLSX, decided by content rather
 * than by file name. It turns every way a file can be unusable — missing, a directory, empty, a
 * picture, an old .xls, a zip that is not a workbook — into an `InputError` naming the file.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { fileError } from './file-error.ts';
import { isXlsxZip } from './is-xlsx-zip.ts';
import { openCsv } from './open-csv.ts';
import { sniffFile } from './sniff-file.ts';
import { checkXlsxLimits, XLSX_LIMITS } from './xlsx-limits.ts';
import type { OpenTableOptions, TableSource } from './table-source.ts';

const HEAD_BYTES = 256 * 1024;

/**
 * Opens a CSV or XLSX table and reads its header. Rows are streamed by `rows()`.
 * @example
 * const source = await openTable('befolkning.csv');
 * for await (const row of source.rows()) console.log(row.rowNumber, row.values);
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<TableSource> {
  const { head, size, xlsx } = await inspect(path);
  const sniffed = sniffFile(path, head);
  if (sniffed.kind === 'refused') throw sniffed.error;
  if (sniffed.kind === 'zip') {
    if (!xlsx) throw notXlsx(path, 'zip');
    await checkXlsxLimits(path, options.xlsxLimits ?? XLSX_LIMITS);
    // Loaded for a workbook only: the XLSX reader (ExcelJS) is the heaviest module a command loads.
    const { openXlsx } = await import('./open-xlsx.ts');
    return openXlsx(path, options.sheet);
  }
  if (/\.xls[xm]$/i.test(path)) throw notXlsx(path, 'text');
  return openCsv(path, head, head.length === size);
}

async function inspect(path: string): Promise<{ head: Buffer; size: number; xlsx: boolean }> {
  const handle = await openHandle(path);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw unreadable(path);
    const head = Buffer.alloc(Math.min(stat.size, HEAD_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const xlsx = head[0] === 0x50 && head[1] === 0x4b && (await isXlsxZip(handle, stat.size));
    return { head: head.subarray(0, bytesRead), size: stat.size, xlsx };
  } catch (error) {
    if (isErrnoException(error) && error.code === 'EISDIR') throw unreadable(path);
    throw error;
  } finally {
    await handle.close();
  }
}

async function openHandle(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') {
      throw fileError(path, 'file_not_found', { da: 'filen findes ikke', en: 'the file does not exist' });
    }
    if (isErrnoException(error) && (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EISDIR')) {
      throw unreadable(path);
    }
    throw error;
  }
}

function unreadable(path: string) {
  return fileError(path, 'file_unreadable', {
    da: 'filen kan ikke læses (er det en mappe, eller mangler der rettigheder?)',
    en: 'the file cannot be read (is it a folder, or are permissions missing?)',
  });
}

function notXlsx(path: string, what: 'zip' | 'text') {
  return what === 'zip'
    ? fileError(path, 'not_xlsx', {
        da: 'filen er et zip-arkiv, men ikke et Excel-regneark (.xlsx); brug CSV eller XLSX',
        en: 'the file is a zip archive but not an Excel workbook (.xlsx); use CSV or XLSX',
      })
    : fileError(path, 'not_xlsx', {
        da: 'filen hedder .xlsx, men er ikke et Excel-regneark; gem den igen fra Excel',
        en: 'the file is named .xlsx but is not an Excel workbook; save it again from Excel',
      });
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
