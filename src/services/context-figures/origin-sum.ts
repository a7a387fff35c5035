/**
 * Counts per product group from a table's origin categories (`statbank-client/origin-codes.ts`): the
 * target group of FOLK1E is HERKOMST 25 + 35, of EB4 the non-Western immigrants, descendants and
 * children of descendants (HERKOMST × IELAND), and so on — always through the one mapping.
 */
import { codesOf, groupOf, ORIGIN_CODES, type OriginCategory, type StatbankTableId } from '../../statbank-client/index.ts';
import type { Group } from '../../origin/types.ts';
import type { RowLookup, Selection } from './row-lookup.ts';

/** The categories of `table` that make up `group` (`total`: the table's total category). */
export function categoriesOf(table: StatbankTableId, group: Group | 'total'): OriginCategory[] {
  return ORIGIN_CODES[table].categories.map((c) => c.category).filter((c) => groupOf(c) === group);
}

/** The selection of one category: `base` plus the category's origin codes. */
export function categorySelection(table: StatbankTableId, base: Selection, category: OriginCategory): Selection {
  const codes = codesOf(table, category);
  if (codes === undefined) throw new Error(`${table} has no origin category ${category}`);
  return { ...base, ...Object.fromEntries(Object.entries(codes).map(([k, v]) => [k.toUpperCase(), v])) };
}

/**
 * The sum of `categories` at `base`; null when a figure is missing, or when there are no categories.
 * @example originSum('FOLK1E', lookup, { OMRÅDE: '101', KØN: 'TOT', ALDER: 'IALT', TID: '2025K3' }, ['immigrants_non_western', 'descendants_non_western'])
 */
export function originSum(table: StatbankTableId, lookup: RowLookup, base: Selection, categories: readonly OriginCategory[]): number | null {
  if (categories.length === 0) return null;
  let total = 0;
  for (const category of categories) {
    const value = lookup.sum(categorySelection(table, base, category));
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** The origin codes of `table` that a request must select to cover `categories`, per variable. */
export function originRequestCodes(table: StatbankTableId, categories: readonly OriginCategory[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const category of categories) {
    for (const [variable, code] of Object.entries(codesOf(table, category) ?? {})) {
      out[variable] = [...new Set([...(out[variable] ?? []), code])];
    }
  }
  return out;
}
