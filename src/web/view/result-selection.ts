/**
 * Picking the rows a page shows out of an indicator's results: one breakdown, some groups, in
 * period order, and the "primary" group the headline refers to (the target group, or the total
 * for indicators that only count).
 */
import { DELIVERY_GROUPS, type DeliveryGroup } from '../../origin/types.ts';
import type { ResultRow } from '../../cells/index.ts';
import { comparePeriodTexts } from '../../catalogue/index.ts';

/** The order groups are listed and charted in. */
/** The order groups are shown in: the vocabulary's own. */
export const GROUP_ORDER: readonly DeliveryGroup[] = DELIVERY_GROUPS;

/** Rows of one breakdown ('' is the whole group), optionally only some groups, by period then group. */
export function selectRows(rows: readonly ResultRow[], breakdown: string, groups: readonly DeliveryGroup[] = GROUP_ORDER): ResultRow[] {
  return rows
    .filter((row) => row.breakdown === breakdown && groups.includes(row.group))
    .sort((a, b) => comparePeriodTexts(a.period, b.period) || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}

/** The groups that occur in the rows, in the standard order. */
export function groupsPresent(rows: readonly ResultRow[]): DeliveryGroup[] {
  const present = new Set(rows.map((row) => row.group));
  return GROUP_ORDER.filter((group) => present.has(group));
}

/** The group a headline is about: the target group when there is one, else the first present. */
export function primaryGroup(rows: readonly ResultRow[]): DeliveryGroup | undefined {
  return groupsPresent(rows)[0];
}

/** The rows of one group, in period order, keeping only periods that have a value or are suppressed. */
export function seriesRows(rows: readonly ResultRow[], group: DeliveryGroup): ResultRow[] {
  return rows.filter((row) => row.group === group && (row.suppressed || row.value !== null)).sort((a, b) => comparePeriodTexts(a.period, b.period));
}

/** The row for one period and group, if any. */
export function rowAt(rows: readonly ResultRow[], period: string, group: DeliveryGroup): ResultRow | undefined {
  return rows.find((row) => row.period === period && row.group === group);
}
