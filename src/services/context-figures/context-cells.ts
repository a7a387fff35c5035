/**
 * The figures of one table before they leave for the store, with the counts of persons behind
 * them, and their suppression (DATA.md §6) through the product's one rule, `stats.suppress`.
 *
 * StatBank's figures are published already, but the municipality's small counts must still not be
 * shown below the threshold by this product: a count of 1–4 persons (or a share or rate resting on
 * one, or whose complement is one) is suppressed, and secondary suppression protects it through the
 * sums the cells form (groups add up to the total; sexes, age bands and parishes to the whole). A
 * figure StatBank itself leaves out (`..`) counts as suppressed at the source.
 */
import { type Cell as SuppressionCell, suppress, type Table, type ValueKind, withheld } from '../../stats/index.ts';
import type { ContextRow } from '../../cells/index.ts';

/**
 * One figure of a table, with the persons behind it: the stored context row's identity and figure
 * (`ContextRow`), plus the counts and their kind that the suppression rule reads. `value` is the
 * figure to show (a count, a share, a rate, StatBank's percentage, an index).
 */
export type ContextCell = Pick<ContextRow, 'scope' | 'series' | 'breakdown' | 'period' | 'group' | 'category' | 'label' | 'unit' | 'value'> & {
  /** Persons behind the figure, as the suppression rule reads them (`kind` says how). */
  numerator: number | null;
  denominator: number | null;
  kind: ValueKind;
};

/** A cell's identity within its table. */
export function contextCellKey(c: Pick<ContextCell, 'scope' | 'series' | 'breakdown' | 'period' | 'group' | 'category'>): string {
  return [c.scope, c.series, c.breakdown, c.period, c.group, c.category].join('|');
}

/** A figure with its suppression decided. */
/** A count of persons as a share of a total (a group's residents of all residents, say): the context's usual cell. */
export function personShareCell(
  where: Pick<ContextCell, 'scope' | 'series' | 'breakdown' | 'period' | 'group'>,
  count: number | null,
  total: number | null,
): ContextCell {
  return { ...where, category: '', label: '', unit: 'persons', value: count, numerator: count, denominator: total, kind: 'share' };
}

export type SuppressedContextCell = ContextCell & { suppressed: boolean };

/** A figure as the suppression rule's cell. */
export function suppressionCell(c: ContextCell): SuppressionCell {
  return {
    key: contextCellKey(c),
    numerator: c.numerator,
    denominator: c.kind === 'count' ? null : c.denominator,
    valueKind: c.kind,
    sourceSuppressed: c.numerator === null || c.value === null,
  };
}

/**
 * Suppresses `cells` with `threshold` over `table` (`contextTable`: the cells, in their order,
 * then any unpublished remainder cells, and the additive relations between them). Suppressed
 * cells lose their value and counts.
 */
export function suppressContextCells(cells: readonly ContextCell[], table: Table, threshold: number): SuppressedContextCell[] {
  if (cells.length === 0) return [];
  const result = suppress(table, { threshold });
  return cells.map((c, i) => {
    const suppressed = result.cells[i]?.suppressed ?? true;
    return suppressed ? withheld(c) : { ...c, suppressed };
  });
}
