/**
 * Cells for indicators that count things (IGU courses, children needing language stimulation):
 * numerator and value are the count, n the number of distinct persons, denominator and sd empty.
 */
import type { DeliveryGroup, Group } from '../origin/types.ts';
import { DELIVERY_GROUPS } from '../origin/types.ts';
import type { PersonBreakdowns } from './person-breakdowns.ts';
import type { CountedCell } from './types.ts';

/** One counted thing, belonging to one person. */
export interface CountedItem {
  group: Group;
  personId: string;
  /** The person's breakdowns (`PersonBreakdowns.of`: `sex=K`, …); none when absent. */
  breakdowns?: readonly string[];
}

/** The count cell of one group and breakdown for a list of items. */
function countCell(group: DeliveryGroup, breakdown: string, items: readonly CountedItem[]): CountedCell {
  const persons = new Set(items.map((i) => i.personId)).size;
  return { group, breakdown, numerator: items.length, denominator: null, value: items.length, sd: null, n: persons };
}

/**
 * Count cells for target, comparison, other and total: the whole group (breakdown ''), then the
 * person breakdowns `people` writes for the group, then `itemBreakdowns` — breakdowns of the
 * things counted rather than of persons (`employer=municipality`), written for every group.
 *
 * @example countCells([{ group: 'target', personId: 'P1' }]) // target 1, comparison 0, other 0, total 1
 */
export function countCells(items: readonly CountedItem[], people?: PersonBreakdowns, itemBreakdowns: readonly string[] = []): CountedCell[] {
  return DELIVERY_GROUPS.flatMap((group) => {
    const own = items.filter((i) => group === 'total' || i.group === group);
    const parts = [...(people?.cellsFor(group) ?? []), ...itemBreakdowns].map((breakdown) =>
      countCell(
        group,
        breakdown,
        own.filter((i) => i.breakdowns?.includes(breakdown) === true),
      ),
    );
    return [countCell(group, '', own), ...parts];
  });
}
