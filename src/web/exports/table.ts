/**
 * The downloadable tables, described once and written as CSV or XLSX: an indicator's results,
 * the housing areas and the segregation indices. Column names are the machine names of DATA.md
 * (`ci_low`, `suppressed`, …) so a downloaded file reads like `indikator compute` output. A
 * suppressed cell is empty with `suppressed=true` — never 0.
 */
import type { DefinitionUsed, Indicator } from '../../catalogue/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../../cells/index.ts';
import { municipalityName } from '../../municipalities/index.ts';
import { DEFINITION_COLUMNS, definitionValues, RESULT_COLUMN_SPECS, type ResultColumnKind, resultCsvRow } from '../../services/results.ts';

/** How a column is typed in a spreadsheet: shares get a percent format, counts no decimals. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'share' | 'boolean';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
}

export type Cell = string | number | boolean | null;

export interface Table {
  /** Used as file and sheet name. */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

const col = (name: string, kind: ColumnKind): Column => ({ name, kind });

/**
 * An indicator's results (already guarded and filtered) as a table: the columns of `indikator
 * compute`, then the municipality's name, the delivery's date and the note. `nameOf` names a
 * municipality code (the configured name for the own code, the data file's for the others).
 */
export function resultsTableData(indicator: Indicator, rows: readonly ResultRow[], nameOf: (code: string) => string = (code) => municipalityName(code)): Table {
  const measure: ColumnKind = indicator.display.unit === 'percent' ? 'share' : indicator.display.unit === 'count' ? 'integer' : 'decimal';
  const kinds: Record<ResultColumnKind, ColumnKind> = {
    text: 'text',
    integer: 'integer',
    boolean: 'boolean',
    measure,
    difference: measure === 'integer' ? 'decimal' : measure,
  };
  const columns = [
    ...RESULT_COLUMN_SPECS.map((c) => col(c.name, kinds[c.kind])),
    col('municipality_name', 'text'),
    col('delivery_date', 'text'),
    col('note', 'text'),
  ];
  const lookup = { get: (id: string) => (id === indicator.id ? indicator : undefined) };
  const data = rows.map((r): Cell[] => [...resultCsvRow(r, lookup), nameOf(r.municipality), r.delivery.createdAt, r.note]);
  return { name: indicator.id, columns, rows: data };
}

/** Appends the definition the figures follow (`boligomraader-diversitet`'s), as a results table ends, to every row. */
function withDefinitionColumns(table: Table, used: DefinitionUsed | null): Table {
  const columns = DEFINITION_COLUMNS.map((name) => col(name, 'text'));
  return { ...table, columns: [...table.columns, ...columns], rows: table.rows.map((r) => [...r, ...definitionValues(used)]) };
}

/** The housing areas of every period, with the definition they follow. */
export function areasTableData(rows: readonly AreaRow[], names: ReadonlyMap<string, string>, used: DefinitionUsed | null = null): Table {
  return withDefinitionColumns(plainAreasTable(rows, names), used);
}

function plainAreasTable(rows: readonly AreaRow[], names: ReadonlyMap<string, string>): Table {
  return {
    name: 'boligomraader',
    columns: [
      col('municipality', 'text'),
      col('period', 'text'),
      col('area', 'text'),
      col('area_name', 'text'),
      col('total', 'integer'),
      col('target_share', 'share'),
      col('simpson', 'decimal'),
      col('shannon', 'decimal'),
      col('above_half', 'boolean'),
      col('suppressed', 'boolean'),
    ],
    rows: rows.map((r) => [r.municipality, r.period, r.area, names.get(r.area) ?? '', r.total, r.targetShare, r.simpson, r.shannon, r.aboveHalf, r.suppressed]),
  };
}

/** The segregation indices of every period, with the definition they follow. */
export function segregationTableData(rows: readonly SegregationRow[], used: DefinitionUsed | null = null): Table {
  return withDefinitionColumns(plainSegregationTable(rows), used);
}

function plainSegregationTable(rows: readonly SegregationRow[]): Table {
  return {
    name: 'segregering',
    columns: [
      col('municipality', 'text'),
      col('period', 'text'),
      col('dissimilarity', 'decimal'),
      col('isolation', 'decimal'),
      col('exposure', 'decimal'),
      col('theil', 'decimal'),
      col('coverage', 'share'),
      col('pooled_areas', 'integer'),
      col('reason', 'text'),
    ],
    rows: rows.map((r) => [r.municipality, r.period, r.dissimilarity, r.isolation, r.exposure, r.theil, r.coverage, r.pooledAreas, r.reason ?? '']),
  };
}
