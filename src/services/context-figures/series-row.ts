/**
 * A context figure as a table's builder produces it — everything of a stored `ContextRow` except
 * what the fetch adds (table, updated stamp, fetch time, municipality, source text) — and the ways
 * a suppressed cell turns into one.
 */
import type { ContextRow, ContextUnit } from '../../cells/index.ts';
import type { SuppressedContextCell } from './context-cells.ts';

export type SeriesRow = Omit<ContextRow, 'tableId' | 'updated' | 'fetchedAt' | 'municipality' | 'source'>;

function base(cell: SuppressedContextCell): Omit<SeriesRow, 'series' | 'value' | 'unit'> {
  const { scope, breakdown, period, group, category, label, suppressed } = cell;
  return { scope, breakdown, period, group, category, label, suppressed };
}

/** The cell's own figure (its `value`, in its `unit`). */
export function figureRow(cell: SuppressedContextCell): SeriesRow {
  return { ...base(cell), series: cell.series, value: cell.suppressed ? null : cell.value, unit: cell.unit };
}

/** The cell's count of persons, as series `series`. */
export function countRow(cell: SuppressedContextCell, series: string): SeriesRow {
  return { ...base(cell), series, value: cell.suppressed ? null : cell.numerator, unit: 'persons' };
}

/**
 * numerator / denominator × `per` as series `series` in `unit`; none when the cell had no
 * denominator or it is 0 (not computable is not the same as suppressed).
 */
export function ratioRow(cell: SuppressedContextCell, series: string, unit: ContextUnit, per = 1): SeriesRow[] {
  if (cell.suppressed) return [{ ...base(cell), series, value: null, unit }];
  if (cell.numerator === null || cell.denominator === null || cell.denominator === 0) return [];
  return [{ ...base(cell), series, value: (cell.numerator / cell.denominator) * per, unit }];
}
