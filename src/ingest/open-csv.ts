/**
 * Opens a CSV file: detects encoding, separator and decimal mark from its start, reads the header,
 * makes sure at least one data row follows, and returns a `TableSource` whose `rows()` streams the
 * file afresh on every call (no file handle is held between calls).
 */
import iconv from 'iconv-lite';
import { type CsvLayout, csvRowBatches } from './csv-rows.ts';
import { detectDecimal } from './detect-decimal.ts';
import { detectEncoding, type EncodingGuess } from './detect-encoding.ts';
import { detectSeparator } from './detect-separator.ts';
import { fileError } from './file-error.ts';
import { flattenBatches } from './row-batches.ts';
import type { DecimalMark, TableSource } from './table-source.ts';

const DECIMAL_SAMPLE_ROWS = 1000;

/**
 * Opens the CSV `file` whose first bytes are `head` (`complete` when `head` is the whole file).
 * @example const source = await openCsv('befolkning.csv', head, false);
 */
export async function openCsv(file: string, head: Buffer, complete: boolean): Promise<TableSource> {
  const encoding = detectEncoding(head, complete);
  const sample = decodeSample(head, encoding);
  if (sample.trim().length === 0) throw fileError(file, 'empty_file', { da: 'filen er tom', en: 'the file is empty' });
  const crOnly = sample.includes('\r') && !sample.includes('\n');
  const lines = crOnly ? sample.replaceAll('\r', '\n') : sample;
  const detected: CsvLayout = { encoding, separator: detectSeparator(file, lines), crOnly };
  const { header, decimal } = await readStart(file, detected);
  return {
    file,
    format: 'csv',
    get encoding() {
      return detected.encoding === 'undecided' ? 'utf-8' : detected.encoding;
    },
    separator: detected.separator,
    decimal,
    header,
    rows: () => flattenBatches(() => csvRowBatches(file, detected, header.length)),
    batches: () => csvRowBatches(file, detected, header.length),
  };
}

/** The sample as text, leniently (only used to find the separator; strict decoding comes later). */
function decodeSample(head: Buffer, encoding: EncodingGuess): string {
  return encoding === 'windows-1252' ? iconv.decode(head, 'windows-1252') : head.toString('utf8');
}

/** The header (trailing empty names dropped) and the decimal mark voted by the first data rows. */
async function readStart(file: string, layout: CsvLayout): Promise<{ header: string[]; decimal: DecimalMark }> {
  let header: string[] | undefined;
  const sample: string[][] = [];
  for await (const batch of csvRowBatches(file, layout)) {
    for (const row of batch) {
      if (header === undefined) header = trimHeader(row.values);
      else if (sample.length < DECIMAL_SAMPLE_ROWS) sample.push(row.values);
    }
    if (sample.length >= DECIMAL_SAMPLE_ROWS) break;
  }
  if (header === undefined) throw fileError(file, 'empty_file', { da: 'filen er tom', en: 'the file is empty' });
  if (sample.length === 0) throw headerOnly(file);
  return { header, decimal: detectDecimal(sample, layout.separator) };
}

function trimHeader(values: readonly string[]): string[] {
  const header = values.map((v) => v.trim());
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  return header;
}

function headerOnly(file: string) {
  return fileError(file, 'header_only', {
    da: 'filen har kun en overskrift og ingen datarækker',
    en: 'the file has only a header and no data rows',
  });
}
