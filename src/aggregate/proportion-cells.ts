/**
 * Turns persons counted in a denominator (and perhaps a numerator) into cells: one per group and
 * breakdown, plus the `total` group. Used by every share and every rate per 1,000.
 */
import type { DeliveryGroup, Group } from '../origin/types.ts';
import type { AggregatedCell } from './types.ts';

/** The four groups every output holds, in output order. */
export const CELL_GROUPS: readonly DeliveryGroup[] = ['target', 'comparison', 'other', 'total'];

/** One person in the denominator: the breakdowns that hold them, and those whose numerator does. */
export interface Counted {
  group: Group;
  /** Breakdown keys whose denominator holds the person; always includes ''. */
  inDenominator: readonly string[];
  /** Subset of `inDenominator` whose numerator holds the person. */
  inNumerator: readonly string[];
}

/** Which breakdowns are written: for every group, and for target and comparison only (age bands). */
export interface CellLayout {
  everyGroup: readonly string[];
  comparedOnly: readonly string[];
}

interface Tally {
  numerator: number;
  denominator: number;
}

/** Tallies by group, then breakdown (nested maps: no key strings built per person). */
type Tallies = Map<DeliveryGroup, Map<string, Tally>>;

function add(tallies: Tallies, group: DeliveryGroup, breakdown: string, hit: boolean): void {
  let byBreakdown = tallies.get(group);
  if (!byBreakdown) {
    byBreakdown = new Map();
    tallies.set(group, byBreakdown);
  }
  let tally = byBreakdown.get(breakdown);
  if (!tally) {
    tally = { numerator: 0, denominator: 0 };
    byBreakdown.set(breakdown, tally);
  }
  tally.denominator += 1;
  if (hit) tally.numerator += 1;
}

/**
 * The cell for one numerator/denominator pair; value = numerator / denominator × `factor` (1 for a
 * share, 1,000 for a rate per 1,000), null when the denominator is 0.
 */
export function proportionCell(
  group: DeliveryGroup,
  breakdown: string,
  numerator: number,
  denominator: number,
  factor: number,
): AggregatedCell {
  const value = denominator === 0 ? null : (numerator / denominator) * factor;
  return { group, breakdown, numerator, denominator, value, sd: null, n: denominator };
}

/**
 * Cells for every group × breakdown of `layout`, counting each person in their group and in
 * `total`; values are multiplied by `factor` (see `proportionCell`). Breakdowns with no persons
 * are written as 0/0 with a null value.
 *
 * @example proportionCells([{ group: 'target', inDenominator: [''], inNumerator: [''] }],
 *   { everyGroup: [''], comparedOnly: [] }, 1) // target 1/1, comparison 0/0, other 0/0, total 1/1
 */
export function proportionCells(counted: Iterable<Counted>, layout: CellLayout, factor: number): AggregatedCell[] {
  const tallies: Tallies = new Map();
  for (const person of counted) {
    for (const breakdown of person.inDenominator) {
      const hit = person.inNumerator.length > 0 && person.inNumerator.includes(breakdown);
      add(tallies, person.group, breakdown, hit);
      add(tallies, 'total', breakdown, hit);
    }
  }
  const cells: AggregatedCell[] = [];
  for (const group of CELL_GROUPS) {
    const compared = group === 'target' || group === 'comparison';
    const breakdowns = compared ? [...layout.everyGroup, ...layout.comparedOnly] : layout.everyGroup;
    for (const breakdown of breakdowns) {
      const tally = tallies.get(group)?.get(breakdown) ?? { numerator: 0, denominator: 0 };
      cells.push(proportionCell(group, breakdown, tally.numerator, tally.denominator, factor));
    }
  }
  return cells;
}
