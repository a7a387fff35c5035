/**
 * The additive relations between a table's figures, for secondary suppression: within one scope,
 * series, breakdown and period the parts (groups or origin categories) add up to the `total` cell;
 * and for every breakdown key that partitions the population (sexes, age bands, parishes) the
 * values add up to the whole (breakdown ''). The table is built by the deliveries' builder
 * (`compute/delivery-table.ts`): a relation is used as far as the counts bear it out, and persons
 * in the whole but in no published part (StatBank's unknown origin, say) become an unpublished
 * remainder cell, protected like any other, so a whole minus its parts never shows 1–4 persons.
 * Counts that are unknown (suppressed at StatBank) are assumed to fit.
 */
import { MARGIN_DIMENSIONS, type Table } from '../../stats/index.ts';
import { SuppressionTableBuilder } from '../compute/delivery-table.ts';
import { type ContextCell, contextCellKey, suppressionCell } from './context-cells.ts';

function partitionKey(breakdown: string): string {
  const i = breakdown.indexOf('=');
  return i < 0 ? '' : breakdown.slice(0, i);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * `total = Σ parts` in every count; for shares of one population (the origin mix: each group's
 * denominator is the whole population) in numerators only, each part sharing the total's denominator.
 */
function addRelation(builder: SuppressionTableBuilder, total: ContextCell, parts: readonly ContextCell[]): void {
  const shared = parts.length > 1 && total.denominator !== null && parts.every((p) => p.denominator === total.denominator);
  // Parts whose persons overlap (their denominators exceed the whole's) still split its numerator.
  const overlap =
    total.denominator !== null && parts.every((p) => p.denominator !== null) && parts.reduce((s, p) => s + (p.denominator ?? 0), 0) > total.denominator;
  const whole = contextCellKey(total);
  const keys = parts.map(contextCellKey);
  const dimensions = shared || overlap ? (['numerator'] as const) : MARGIN_DIMENSIONS;
  builder.addSplit({ total: whole, parts: keys, dimensions, remainderPossible: false, remainderKey: `${whole}(rest)` });
  if (shared) for (const part of keys) builder.addSameDenominator(whole, part);
}

/**
 * The suppression table of `cells`: parts = total per breakdown, and, for each key in
 * `partitions`, the values of that key = the whole per group and category.
 */
export function contextTable(cells: readonly ContextCell[], partitions: readonly string[]): Table {
  const builder = new SuppressionTableBuilder(cells.map(suppressionCell));
  const byKey = new Map(cells.map((c) => [contextCellKey(c), c]));
  for (const same of groupBy(cells, (c) => [c.scope, c.series, c.breakdown, c.period].join('|')).values()) {
    const total = same.find((c) => c.group === 'total' && c.category === '');
    const parts = same.filter((c) => c !== total);
    if (total !== undefined && parts.length > 0) addRelation(builder, total, parts);
  }
  for (const key of partitions) {
    const split = cells.filter((c) => partitionKey(c.breakdown) === key);
    for (const parts of groupBy(split, (c) => [c.scope, c.series, c.period, c.group, c.category].join('|')).values()) {
      const [first] = parts;
      const whole = first === undefined ? undefined : byKey.get(contextCellKey({ ...first, breakdown: '' }));
      if (whole !== undefined) addRelation(builder, whole, parts);
    }
  }
  return builder.table();
}
