/**
 * Tells an XLSX workbook from any other zip archive (a .docx, an .ods, a zip of CSV files) by looking
 * for the workbook part in the zip's central directory, which sits at the end of the file.
 */
import type { FileHandle } from 'node:fs/promises';

const TAIL_BYTES = 1 << 20;
const WORKBOOK_PART = Buffer.from('xl/workbook.xml');

/**
 * True when the zip behind `handle` (of `size` bytes) contains `xl/workbook.xml`.
 * @example await isXlsxZip(handle, (await handle.stat()).size)
 */
export async function isXlsxZip(handle: FileHandle, size: number): Promise<boolean> {
  const length = Math.min(size, TAIL_BYTES);
  const tail = Buffer.alloc(length);
  await handle.read(tail, 0, length, size - length);
  return tail.includes(WORKBOOK_PART);
}
