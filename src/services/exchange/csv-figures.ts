/**
 * Published figures as CSV and back. The columns are `indikator compute`'s (each row ending with
 * its indicator's definition hash), followed by five metadata columns repeated on every row — the
 * whole catalogue's hash, the product version, the source, the export time and whether the figures
 * are synthetic — so the
 * file stays one rectangular table that Danish Excel opens, sorts and filters without losing what
 * makes it importable (leading `#` lines would land in column A above the header and break filters).
 *
 * Two variants: `machine` (`,`, decimal point, UTF-8, LF — section 9 of docs/file-formats.md) and
 * `excel` (what Danish Excel opens directly: `;`, decimal comma, UTF-8 with BOM, CRLF). The import
 * reads either, and a file re-saved by Excel (Windows-1252, `000` turned into `0`) too. Both are
 * written by the product's one CSV value writer (`csvField`), which prefixes formula-like text
 * with `'`; the import takes that prefix off again (`restored`).
 */
import {
  columnLetter,
  type CsvValue,
  csvLine,
  csvRecord,
  DANISH_EXCEL_CSV,
  openTable,
  parseBoolean,
  parseDecimal,
  restored,
  type TableSource,
} from '../../ingest/index.ts';
import { DELIVERY_GROUPS, type DeliveryGroup } from '../../origin/types.ts';
import type { ComparisonFigure } from '../../store/index.ts';
import type { ExchangeMeta } from './jsonstat-figures.ts';

export type CsvVariant = 'machine' | 'excel';

/**
 * The metadata columns, after the result columns (which end with each row's `definition_hash`,
 * `variant` and `definition_text`); `definitions_hash` marks a CSV as an exchange file.
 */
export const CSV_META_COLUMNS = ['definitions_hash', 'product_version', 'source', 'exported_at', 'synthetic'] as const;
export const CSV_MARKER_COLUMN = 'definitions_hash';

/** The metadata of every row; the indicator's own hash is looked up per row. */
export type CsvMeta = Omit<ExchangeMeta, 'definitions'>;

/** The five metadata values every row carries. */
export function csvMetaValues(meta: CsvMeta): CsvValue[] {
  return [meta.definitionsHash, meta.productVersion, meta.source, meta.exportedAt, meta.synthetic];
}

/**
 * The whole file's text in `variant`.
 * @example exchangeCsvText(['a', 'b'], [[0.5, 'x;y']], 'excel') === '\uFEFFa;b\r\n0,5;"x;y"\r\n'
 */
export function exchangeCsvText(header: readonly string[], rows: readonly (readonly CsvValue[])[], variant: CsvVariant): string {
  if (variant === 'machine') return [header, ...rows].map(csvLine).join('');
  const lines = [header, ...rows].map((r) => csvRecord(r, DANISH_EXCEL_CSV));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A problem in one cell (or row, without a column), in Danish and English. */
export class CsvFigureError extends Error {
  constructor(
    readonly da: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const FIGURE_COLUMNS = [
  'municipality',
  'indicator',
  'period',
  'group',
  'breakdown',
  'value',
  'ci_low',
  'ci_high',
  'n',
  'suppressed',
  'gap',
  'definition_hash',
] as const;
const NUMBER_COLUMNS = ['value', 'ci_low', 'ci_high', 'n', 'gap'] as const;
type Needed = (typeof FIGURE_COLUMNS)[number] | (typeof CSV_META_COLUMNS)[number];

function where(source: TableSource, row: number, column?: number): { da: string; en: string } {
  if (column === undefined) return { da: `række ${row}`, en: `row ${row}` };
  const letter = columnLetter(column + 1);
  const name = source.header[column] ?? '';
  return { da: `række ${row}, kolonne ${letter} (${name})`, en: `row ${row}, column ${letter} (${name})` };
}

function columnsOf(source: TableSource): Record<Needed, number> {
  const out: Partial<Record<Needed, number>> = {};
  const missing: string[] = [];
  for (const name of [...FIGURE_COLUMNS, ...CSV_META_COLUMNS]) {
    const at = source.header.findIndex((h) => h.trim().toLowerCase() === name);
    if (at < 0) missing.push(name);
    else out[name] = at;
  }
  if (missing.length > 0) throw new CsvFigureError(`mangler kolonnerne ${missing.join(', ')}`, `lacks the columns ${missing.join(', ')}`);
  return out as Record<Needed, number>;
}

/** Excel turns `000` into `0` and `099` into `99`: a code of one to three digits is padded back. */
function municipalityCode(text: string): string {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? t.padStart(3, '0') : t;
}

interface RowReader {
  text(column: Needed): string;
  number(column: Needed): number | null;
  bool(column: Needed): boolean;
}

function rowReader(source: TableSource, columns: Record<Needed, number>, row: { rowNumber: number; values: string[] }): RowReader {
  const fail = (column: Needed, da: string, en: string): never => {
    const at = where(source, row.rowNumber, columns[column]);
    throw new CsvFigureError(`${at.da}: ${da}`, `${at.en}: ${en}`);
  };
  // The writer prefixed formula-like text with `'` (csvField); taken off here, so a round trip is exact.
  const text = (column: Needed) => restored((row.values[columns[column]] ?? '').trim());
  return {
    text,
    number(column) {
      const parsed = parseDecimal(text(column), source.decimal);
      if (parsed.kind === 'invalid') return fail(column, `"${text(column)}": ${parsed.problem.da}`, `"${text(column)}": ${parsed.problem.en}`);
      return parsed.kind === 'ok' ? parsed.value : null;
    },
    bool(column) {
      const parsed = parseBoolean(text(column));
      if (parsed.kind === 'ok') return parsed.value;
      return fail(column, `"${text(column)}": forventet true/false`, `"${text(column)}": expected true/false`);
    },
  };
}

/** The first row's metadata; every later row must say the same (one file, one export). */
function sameMeta(source: TableSource, columns: Record<Needed, number>, first: CsvMeta | undefined, read: RowReader, rowNumber: number): CsvMeta {
  const meta: CsvMeta = {
    source: read.text('source'),
    exportedAt: read.text('exported_at'),
    productVersion: read.text('product_version'),
    definitionsHash: read.text('definitions_hash'),
    indicatorHashes: {},
    synthetic: read.bool('synthetic'),
  };
  for (const column of ['source', 'exported_at', 'product_version', 'definitions_hash'] as const) {
    if (read.text(column) === '') {
      const at = where(source, rowNumber, columns[column]);
      throw new CsvFigureError(`${at.da}: er tom`, `${at.en}: is empty`);
    }
  }
  if (first === undefined) return meta;
  const differs = (['source', 'exportedAt', 'productVersion', 'definitionsHash', 'synthetic'] as const).find((k) => meta[k] !== first[k]);
  if (differs !== undefined) {
    const column = (
      { source: 'source', exportedAt: 'exported_at', productVersion: 'product_version', definitionsHash: 'definitions_hash', synthetic: 'synthetic' } as const
    )[differs];
    const at = where(source, rowNumber, columns[column]);
    throw new CsvFigureError(`${at.da}: afviger fra række 2 (én fil er én eksport)`, `${at.en}: differs from row 2 (one file is one export)`);
  }
  return first;
}

function figureOf(read: RowReader, fail: (column: Needed, da: string, en: string) => never): ComparisonFigure {
  const group = read.text('group') as DeliveryGroup;
  if (!DELIVERY_GROUPS.includes(group))
    fail('group', `"${group}" er ikke en af ${DELIVERY_GROUPS.join(', ')}`, `"${group}" is not one of ${DELIVERY_GROUPS.join(', ')}`);
  const suppressed = read.bool('suppressed');
  const numbers = Object.fromEntries(NUMBER_COLUMNS.map((c) => [c, read.number(c)])) as Record<(typeof NUMBER_COLUMNS)[number], number | null>;
  // A suppressed row's numbers, if a hand-edited file has any, are dropped by the store (one home).
  return {
    municipality: municipalityCode(read.text('municipality')),
    indicator: read.text('indicator'),
    period: read.text('period'),
    group,
    breakdown: read.text('breakdown'),
    value: numbers.value,
    ciLow: numbers.ci_low,
    ciHigh: numbers.ci_high,
    n: numbers.n,
    gap: numbers.gap,
    suppressed,
  };
}

/** The figures and metadata of an exchange CSV; throws `CsvFigureError` naming the row and column. */
export async function figuresFromCsv(file: string): Promise<{ meta: CsvMeta; figures: ComparisonFigure[] }> {
  const source = await openTable(file);
  const columns = columnsOf(source);
  let meta: CsvMeta | undefined;
  const hashes: Record<string, string> = {};
  const figures: ComparisonFigure[] = [];
  for await (const row of source.rows()) {
    const read = rowReader(source, columns, row);
    const fail = (column: Needed, da: string, en: string): never => {
      const at = where(source, row.rowNumber, columns[column]);
      throw new CsvFigureError(`${at.da}: ${da}`, `${at.en}: ${en}`);
    };
    meta = sameMeta(source, columns, meta, read, row.rowNumber);
    const figure = figureOf(read, fail);
    const hash = read.text('definition_hash');
    const known = hashes[figure.indicator];
    if (known !== undefined && known !== hash)
      fail('definition_hash', `afviger fra den første række for ${figure.indicator}`, `differs from the first row of ${figure.indicator}`);
    if (hash !== '') hashes[figure.indicator] = hash;
    figures.push(figure);
  }
  if (meta === undefined) throw new CsvFigureError('indeholder ingen tal', 'holds no figures');
  return { meta: { ...meta, indicatorHashes: hashes }, figures };
}
