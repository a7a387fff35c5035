/**
 * Whether the data file has an optional column (IGU's `employer`, self-support's
 * `status_3_months` …): its cells, breakdowns and second figures are written only then, so that a
 * file without the column gets no cells saying "none". Decided from the whole file's rows once, by
 * `aggregate`, before the rows are split by municipality — a municipality without rows must get
 * the same cells as one with them.
 */
import type { AggregationInput, AggregationRow } from './types.ts';

/** The columns the rows hold (by canonical name). */
export function columnsOf(rows: readonly AggregationRow[]): ReadonlySet<string> {
  const columns = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.values)) columns.add(name);
  return columns;
}

/** Whether the input's data file has every one of `names`. */
export function hasColumns(input: AggregationInput, ...names: string[]): boolean {
  const columns = input.fileColumns ?? columnsOf(input.rows);
  return names.every((n) => columns.has(n));
}
