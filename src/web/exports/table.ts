/**
 * The downloadable tables, described once and written as CSV or XLSX: an indicator's results,
 * the housing areas and the segregation indices. Column names are the machine names of DATA.md
 * (`ci_low`, `suppressed`, …) so a downloaded file reads like `indikator compute` output. A
 * suppressed cell is empty with `suppressed=true` — never 0.
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../../services/result-types.ts';

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

/** An indicator's results (already guarded and filtered) as a table. */
export function resultsTableData(indicator: Indicator, rows: readonly ResultRow[]): Table {
  const valueKind: ColumnKind =
    indicator.display.unit === 'percent' ? 'share' : indicator.display.unit === 'count' ? 'integer' : 'decimal';
  const columns = [
    col('indicator', 'text'),
    col('period', 'text'),
    col('group', 'text'),
    col('breakdown', 'text'),
    col('numerator', 'integer'),
    col('denominator', 'integer'),
    col('value', valueKind),
    col('ci_low', valueKind),
    col('ci_high', valueKind),
    col('n', 'integer'),
    col('suppressed', 'boolean'),
    col('gap', valueKind === 'integer' ? 'decimal' : valueKind),
    col('gap_ci_low', valueKind === 'integer' ? 'decimal' : valueKind),
    col('gap_ci_high', valueKind === 'integer' ? 'decimal' : valueKind),
    col('standardised', valueKind),
    col('standardised_ci_low', valueKind),
    col('standardised_ci_high', valueKind),
    col('status', 'text'),
    col('definition', 'text'),
    col('third_generation', 'boolean'),
    col('delivery_version', 'integer'),
    col('delivery_date', 'text'),
    col('note', 'text'),
  ];
  const data = rows.map((r): Cell[] => [
    r.indicator,
    r.period,
    r.group,
    r.breakdown,
    r.numerator,
    r.denominator,
    r.value,
    r.ciLow,
    r.ciHigh,
    r.n,
    r.suppressed,
    r.gap,
    r.gapCiLow,
    r.gapCiHigh,
    r.standardised?.value ?? null,
    r.standardised?.ciLow ?? null,
    r.standardised?.ciHigh ?? null,
    r.status,
    r.definition,
    r.thirdGeneration,
    r.delivery.version,
    r.delivery.createdAt,
    r.note,
  ]);
  return { name: indicator.id, columns, rows: data };
}

/** The housing areas of every period. */
export function areasTableData(rows: readonly AreaRow[], names: ReadonlyMap<string, string>): Table {
  return {
    name: 'boligomraader',
    columns: [
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
    rows: rows.map((r) => [r.period, r.area, names.get(r.area) ?? '', r.total, r.targetShare, r.simpson, r.shannon, r.aboveHalf, r.suppressed]),
  };
}

/** The segregation indices of every period. */
export function segregationTableData(rows: readonly SegregationRow[]): Table {
  return {
    name: 'segregering',
    columns: [col('period', 'text'), col('dissimilarity', 'decimal'), col('isolation', 'decimal'), col('exposure', 'decimal'), col('theil', 'decimal')],
    rows: rows.map((r) => [r.period, r.dissimilarity, r.isolation, r.exposure, r.theil]),
  };
}
