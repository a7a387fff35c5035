/**
 * Decides from the first bytes of a file whether it is a CSV text, an XLSX workbook, or something we
 * refuse with a clear message (a picture, a PDF, an old .xls, a zip that is not a workbook, UTF-16 …).
 * Content decides, not the file name: an XLSX renamed to .csv is still read as XLSX.
 */
import { fileError } from './file-error.ts';
import type { InputError } from './input-error.ts';
import type { Localized } from '../language/index.ts';

/** The verdict on a file's first bytes. */
export type Sniffed = { kind: 'csv' } | { kind: 'zip' } | { kind: 'refused'; error: InputError };

const MAGIC: readonly { bytes: readonly number[]; what: Localized }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: { da: 'et PNG-billede', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], what: { da: 'et JPEG-billede', en: 'a JPEG image' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: { da: 'et GIF-billede', en: 'a GIF image' } },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: { da: 'en PDF-fil', en: 'a PDF file' } },
  { bytes: [0x1f, 0x8b], what: { da: 'en gzip-fil', en: 'a gzip file' } },
];

/**
 * Classifies a file from its first bytes (`head`, at most the whole file).
 * @example sniffFile('a.csv', Buffer.from('a;b\n1;2\n')).kind === 'csv'
 */
export function sniffFile(file: string, head: Buffer): Sniffed {
  if (head.length === 0) return refuse(file, 'empty_file', { da: 'filen er tom', en: 'the file is empty' });
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'zip' };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return refuse(file, 'xls_not_supported', {
      da: 'filen er i det gamle Excel-format (.xls); gem den som .xlsx eller CSV',
      en: 'the file is in the old Excel format (.xls); save it as .xlsx or CSV',
    });
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    return refuse(file, 'unsupported_encoding', {
      da: 'filen er gemt som UTF-16; gem den som CSV (UTF-8) eller CSV (semikolonsepareret)',
      en: 'the file is saved as UTF-16; save it as CSV (UTF-8) or Windows-1252',
    });
  }
  const magic = MAGIC.find((m) => startsWith(head, m.bytes));
  if (magic !== undefined) return refuseBinary(file, magic.what);
  if (looksBinary(head)) return refuseBinary(file, { da: 'en binær fil', en: 'a binary file' });
  return { kind: 'csv' };
}

function refuseBinary(file: string, what: Localized): Sniffed {
  return refuse(file, 'binary_file', {
    da: `filen er ${what.da}, ikke en tabel; brug CSV eller XLSX`,
    en: `the file is ${what.en}, not a table; use CSV or XLSX`,
  });
}

function refuse(file: string, code: Parameters<typeof fileError>[1], text: Localized): Sniffed {
  return { kind: 'refused', error: fileError(file, code, text) };
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** A NUL byte, or more than 1 % control characters other than tab, CR, LF and form feed. */
function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > head.length / 100;
}
