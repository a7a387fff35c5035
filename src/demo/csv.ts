/**
 * Writing the demo's CSV files: UTF-8, comma-separated, a header line, `\n` line ends, quotes only
 * where a value needs them.
 */

const NEEDS_QUOTES = /[",\n\r]/;

function quote(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line, quoting the cells that need it. */
function line(row: readonly string[]): string {
  return row.map(quote).join(',');
}

/** The text of a CSV file with `header` and `rows`. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${lines.join('\n')}\n`;
}

/**
 * The text of a CSV file whose cells come from fixed vocabularies (ids, dates, codes, 1/0, country
 * spellings) that never hold a comma, quote or line break: joined without the per-cell check.
 */
export function plainCsvText(header: readonly string[], lines: readonly string[]): string {
  return `${header.join(',')}\n${lines.length === 0 ? '' : `${lines.join('\n')}\n`}`;
}
