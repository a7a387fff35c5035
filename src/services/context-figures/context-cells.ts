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
import { type Margin, suppress, type ValueKind, withheld } from '../../stats/index.ts';
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
export type SuppressedContextCell = ContextCell & { suppressed: boolean };

/**
 * Suppresses `cells` with `threshold`, honouring the additive relations in `margins` (cell keys).
 * Suppressed cells lose their value and counts.
 */
export function suppressContextCells(cells: readonly ContextCell[], margins: readonly Margin[], threshold: number): SuppressedContextCell[] {
  if (cells.length === 0) return [];
  const result = suppress(
    {
      cells: cells.map((c) => ({
        key: contextCellKey(c),
        numerator: c.numerator,
        denominator: c.kind === 'count' ? null : c.denominator,
        valueKind: c.kind,
        sourceSuppressed: c.numerator === null || c.value === null,
      })),
      margins: [...margins],
    },
    { threshold },
  );
  return cells.map((c, i) => {
    const suppressed = result.cells[i]?.suppressed ?? true;
    return suppressed ? withheld(c) : { ...c, suppressed };
  });
}

/**
 * The relations `total = Σ parts` that the counts bear out: in numerators and denominators when
 * both add up; in numerators only, with every part sharing the total's denominator, for shares of
 * one population (the origin mix: each group's denominator is the whole population); none when the
 * numerators do not add up. Counts that are unknown (suppressed at StatBank) are assumed to fit.
 */
export function marginIfAddsUp(byKey: ReadonlyMap<string, ContextCell>, total: string, parts: readonly string[]): Margin[] {
  const t = byKey.get(total);
  const p = parts.map((k) => byKey.get(k));
  if (t === undefined || p.some((c) => c === undefined) || parts.length === 0) return [];
  const cells = [t, ...p] as ContextCell[];
  const adds = (field: 'numerator' | 'denominator') => {
    const counts = cells.map((c) => c[field]);
    if (counts.some((n) => n === null)) return true;
    return counts.slice(1).reduce<number>((s, n) => s + (n ?? 0), 0) === counts[0];
  };
  if (!adds('numerator')) return [];
  if (adds('denominator')) return [{ total, parts: [...parts] }];
  const shared = p.every((c) => c?.denominator === t.denominator);
  const numerators: Margin = { total, parts: [...parts], dimensions: ['numerator'] };
  return shared ? [numerators, ...parts.map((part): Margin => ({ total, parts: [part], dimensions: ['denominator'] }))] : [numerators];
}
