/**
 * Turns persons counted in a denominator (and perhaps a numerator) into cells: one per group and
 * breakdown, plus the `total` group. Used by every share and every rate per 1,000.
 */
import { DELIVERY_GROUPS, type DeliveryGroup, type Group } from '../origin/types.ts';
import { getOrCreate } from './get-or-create.ts';
import type { CountedCell } from './types.ts';

/** The four groups every output holds, in output order. */

/** `inDenominator` / `inNumerator` of a person counted in the whole group only: share these. */
export const WHOLE_GROUP: readonly string[] = Object.freeze(['']);
/** `inNumerator` of a person in no numerator. */
export const NOWHERE: readonly string[] = Object.freeze([]);

const RESOLVED_LISTS_KEPT = 10_000;

/** One person in the denominator: the breakdowns that hold them, and those whose numerator does. */
export interface Counted {
  group: Group;
  /** Breakdown keys whose denominator holds the person; always includes ''. */
  inDenominator: readonly string[];
  /** Subset of `inDenominator` whose numerator holds the person. */
  inNumerator: readonly string[];
}

/**
 * Which breakdowns are written: for every group, for target and comparison only (age bands), and
 * per group after those (the person breakdowns, `PersonBreakdowns.cellsFor`).
 */
export interface CellLayout {
  everyGroup: readonly string[];
  comparedOnly: readonly string[];
  perGroup?: (group: DeliveryGroup) => readonly string[];
}

/** The breakdowns of `layout` written for one group, in output order. */
export function layoutFor(layout: CellLayout, group: DeliveryGroup): string[] {
  const compared = group === 'target' || group === 'comparison';
  return [...layout.everyGroup, ...(compared ? layout.comparedOnly : []), ...(layout.perGroup?.(group) ?? [])];
}

interface Tally {
  numerator: number;
  denominator: number;
}

/** Tallies by group, then breakdown. */
type Tallies = Map<DeliveryGroup, Map<string, Tally>>;

function tallyFor(tallies: Tallies, group: DeliveryGroup, breakdown: string): Tally {
  const byBreakdown = getOrCreate(tallies, group, () => new Map<string, Tally>());
  return getOrCreate(byBreakdown, breakdown, () => ({ numerator: 0, denominator: 0 }));
}

/**
 * The tallies a person with these breakdowns adds to: per breakdown, their group's and the total's.
 * Callers share one `inDenominator` array among persons alike (`WHOLE_GROUP`, or one per age), so
 * the lookups are done once per (group, array) instead of four map lookups per person and
 * breakdown — this loop runs once per resident, a million times per indicator in a large
 * municipality. A caller that builds fresh arrays still gets right counts, just without the
 * shortcut: the cache stops growing at `RESOLVED_LISTS_KEPT` arrays.
 */
function resolver(tallies: Tallies): (group: Group, breakdowns: readonly string[]) => Tally[] {
  const resolved = new Map<Group, Map<readonly string[], Tally[]>>();
  return (group, breakdowns) => {
    const byList = getOrCreate(resolved, group, () => new Map<readonly string[], Tally[]>());
    let found = byList.get(breakdowns);
    if (!found) {
      found = breakdowns.flatMap((b) => [tallyFor(tallies, group, b), tallyFor(tallies, 'total', b)]);
      if (byList.size < RESOLVED_LISTS_KEPT) byList.set(breakdowns, found);
    }
    return found;
  };
}

/**
 * The cell for one numerator/denominator pair; value = numerator / denominator × `factor` (1 for a
 * share, 1,000 for a rate per 1,000), null when the denominator is 0.
 */
export function proportionCell(group: DeliveryGroup, breakdown: string, numerator: number, denominator: number, factor: number): CountedCell {
  const value = denominator === 0 ? null : (numerator / denominator) * factor;
  return { group, breakdown, numerator, denominator, value, sd: null, n: denominator };
}

/**
 * Persons counted one at a time, with no object kept per person: a national run counts millions
 * of residents per indicator, and a list of them was most of its garbage collection.
 */
export class ProportionTally {
  private readonly tallies: Tallies = new Map();
  private readonly talliesOf = resolver(this.tallies);

  /** Counts one person (see `Counted`), as `weight` things in the numerators that hold them (1: a person). */
  add(group: Group, inDenominator: readonly string[], inNumerator: readonly string[], weight = 1): void {
    const targets = this.talliesOf(group, inDenominator);
    const anyHit = inNumerator.length > 0;
    for (let i = 0; i < inDenominator.length; i++) {
      const hit = anyHit && inNumerator.includes(inDenominator[i] as string);
      const own = targets[2 * i] as Tally;
      const total = targets[2 * i + 1] as Tally;
      own.denominator += 1;
      total.denominator += 1;
      if (hit) {
        own.numerator += weight;
        total.numerator += weight;
      }
    }
  }

  /** Counts `persons` persons alike in the denominators of `inDenominator` (their numerators apart: `addToNumerators`). */
  addPersons(group: Group, inDenominator: readonly string[], persons: number): void {
    const targets = this.talliesOf(group, inDenominator);
    for (let i = 0; i < targets.length; i++) (targets[i] as Tally).denominator += persons;
  }

  /** Adds `weight` to the numerators of `inNumerator`, a part of `inDenominator` (the person's denominators, counted apart). */
  addToNumerators(group: Group, inDenominator: readonly string[], inNumerator: readonly string[], weight: number): void {
    const targets = this.talliesOf(group, inDenominator);
    for (let i = 0; i < inDenominator.length; i++) {
      if (!inNumerator.includes(inDenominator[i] as string)) continue;
      (targets[2 * i] as Tally).numerator += weight;
      (targets[2 * i + 1] as Tally).numerator += weight;
    }
  }

  /** Adds every count of `other` to this tally (a country's tally is the sum of its municipalities'). */
  addTally(other: ProportionTally): void {
    for (const [group, byBreakdown] of other.tallies) {
      for (const [breakdown, counts] of byBreakdown) {
        const into = tallyFor(this.tallies, group, breakdown);
        into.numerator += counts.numerator;
        into.denominator += counts.denominator;
      }
    }
  }

  /** Cells for every group × breakdown of `layout` (see `proportionCells`). */
  cells(layout: CellLayout, factor: number): CountedCell[] {
    const cells: CountedCell[] = [];
    for (const group of DELIVERY_GROUPS) {
      for (const breakdown of layoutFor(layout, group)) {
        const tally = this.tallies.get(group)?.get(breakdown) ?? { numerator: 0, denominator: 0 };
        cells.push(proportionCell(group, breakdown, tally.numerator, tally.denominator, factor));
      }
    }
    return cells;
  }
}

/**
 * Cells for every group × breakdown of `layout`, counting each person in their group and in
 * `total`; values are multiplied by `factor` (see `proportionCell`). Breakdowns with no persons
 * are written as 0/0 with a null value.
 *
 * @example proportionCells([{ group: 'target', inDenominator: [''], inNumerator: [''] }],
 *   { everyGroup: [''], comparedOnly: [] }, 1) // target 1/1, comparison 0/0, other 0/0, total 1/1
 */
export function proportionCells(counted: Iterable<Counted>, layout: CellLayout, factor: number): CountedCell[] {
  const tally = new ProportionTally();
  for (const person of counted) tally.add(person.group, person.inDenominator, person.inNumerator);
  return tally.cells(layout, factor);
}
