/**
 * Decides whether a CSV file separates fields with ';' (Danish Excel) or ',' (everything else).
 * Rule: count each candidate outside quotes in the header line; the more frequent wins. On a tie
 * (neither, or as many of each) the candidate that occurs the same, non-zero number of times on
 * every one of the first 20 data lines wins; failing that, ','. A tab-separated header is refused.
 */
import { fileError } from './file-error.ts';
import type { Separator } from './table-source.ts';

const SAMPLE_LINES = 21;

/**
 * The separator of the CSV text `sample` (the start of the file, decoded).
 * @example detectSeparator('a.csv', 'navn;beløb\nHans;1,5\n') === ';'
 */
export function detectSeparator(file: string, sample: string): Separator {
  const lines = firstLines(sample);
  const header = lines[0] ?? '';
  const semicolons = countOutsideQuotes(header, ';');
  const commas = countOutsideQuotes(header, ',');
  if (semicolons > commas) return ';';
  if (commas > semicolons) return ',';
  const rows = lines.slice(1);
  const semicolonSteady = steadyCount(rows, ';');
  const commaSteady = steadyCount(rows, ',');
  if (semicolonSteady && !commaSteady) return ';';
  if (commas === 0 && header.includes('\t')) {
    throw fileError(file, 'unsupported_separator', {
      da: 'filen er tabulatorsepareret; gem den som CSV med semikolon eller komma',
      en: 'the file is tab-separated; save it as CSV with semicolons or commas',
    });
  }
  return ',';
}

/** The first lines with content (blank lines skipped), at most 21. */
function firstLines(sample: string): string[] {
  const lines: string[] = [];
  for (const line of sample.split('\n')) {
    if (line.trim() !== '') lines.push(line);
    if (lines.length === SAMPLE_LINES) break;
  }
  return lines;
}

function steadyCount(rows: readonly string[], separator: string): boolean {
  if (rows.length === 0) return false;
  const first = countOutsideQuotes(rows[0] ?? '', separator);
  return first > 0 && rows.every((row) => countOutsideQuotes(row, separator) === first);
}

/** Occurrences of `separator` in `line` that are not between double quotes. */
export function countOutsideQuotes(line: string, separator: string): number {
  const code = separator.charCodeAt(0);
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === code && !inQuotes) count++;
  }
  return count;
}
