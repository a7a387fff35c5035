/**
 * The additive relations between a table's figures, for secondary suppression: within one scope,
 * series, breakdown and period the parts (groups or origin categories) add up to the `total` cell;
 * and for every breakdown key that partitions the population (sexes, age bands, parishes) the
 * values add up to the whole (breakdown ''). A relation is used only when the counts add up.
 */
import type { Margin } from '../../stats/index.ts';
import { type ContextCell, contextCellKey, marginIfAddsUp } from './context-cells.ts';

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
 * Margins of `cells`: parts = total per breakdown, and, for each key in `partitions`, the values
 * of that key = the whole per group and category.
 */
export function contextMargins(cells: readonly ContextCell[], partitions: readonly string[]): Margin[] {
  const byKey = new Map(cells.map((c) => [contextCellKey(c), c]));
  const margins: Margin[] = [];
  for (const same of groupBy(cells, (c) => [c.scope, c.series, c.breakdown, c.period].join('|')).values()) {
    const total = same.find((c) => c.group === 'total' && c.category === '');
    const parts = same.filter((c) => c !== total);
    if (total !== undefined && parts.length > 0) margins.push(...marginIfAddsUp(byKey, contextCellKey(total), parts.map(contextCellKey)));
  }
  for (const key of partitions) {
    const split = cells.filter((c) => partitionKey(c.breakdown) === key);
    for (const parts of groupBy(split, (c) => [c.scope, c.series, c.period, c.group, c.category].join('|')).values()) {
      const [first] = parts;
      if (first === undefined) continue;
      const whole = contextCellKey({ ...first, breakdown: '' });
      margins.push(...marginIfAddsUp(byKey, whole, parts.map(contextCellKey)));
    }
  }
  return margins;
}
