/**
 * StatBank's CSV answer: UTF-8 with a byte-order mark, `;` between fields, CRLF between lines, a
 * header of the variable ids in upper case followed by `INDHOLD` (the figure), e.g.
 * `HERKOMST1;TID;INDHOLD`. Cells are codes or texts depending on `valuePresentation`; texts may
 * be quoted. `..` marks a missing figure.
 */
import { StatbankResponseError } from './errors.ts';
import { parseFigure } from './parse-figure.ts';
import type { StatbankData, StatbankRow } from './types.ts';

const VALUE_COLUMN = 'INDHOLD';

/** Splits one line on `;`, honouring double quotes (`""` is a quote inside a quoted field). */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ';') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function lines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r?\n/).filter((line) => line !== '');
}

/**
 * Parses a CSV answer of `table` into rows keyed by the header's variable ids.
 * @example parseStatbankCsv('\uFEFFHERKOMST1;TID;INDHOLD\r\n00;2023;233454\r\n', 'STRAF42')
 *   // rows: [{ keys: { HERKOMST1: '00', TID: '2023' }, value: 233454 }]
 */
export function parseStatbankCsv(text: string, table: string): StatbankData {
  const [headerLine, ...dataLines] = lines(text);
  if (headerLine === undefined) throw new StatbankResponseError('data', `${table}: empty CSV`);
  const header = splitLine(headerLine).map((h) => h.trim().toUpperCase());
  const valueIndex = header.lastIndexOf(VALUE_COLUMN);
  if (valueIndex !== header.length - 1) {
    throw new StatbankResponseError('data', `${table}: the CSV header ${header.join(';')} does not end with ${VALUE_COLUMN}`);
  }
  const columns = header.slice(0, valueIndex);
  const rows: StatbankRow[] = dataLines.map((line, i) => {
    const fields = splitLine(line);
    if (fields.length !== header.length) {
      throw new StatbankResponseError('data', `${table}: CSV line ${i + 2} has ${fields.length} fields, the header ${header.length}`);
    }
    const value = parseFigure(fields[valueIndex] ?? '');
    if (value === undefined) {
      throw new StatbankResponseError('data', `${table}: CSV line ${i + 2} has the figure "${fields[valueIndex]}"`);
    }
    const keys: Record<string, string> = {};
    columns.forEach((column, c) => {
      keys[column] = fields[c] ?? '';
    });
    return { keys, value };
  });
  return { table, format: 'CSV', columns, rows, labels: {} };
}
