/**
 * The municipality as it stood on 31 December 2014: about `persons` residents in households of
 * every background, in proportions near a Danish provincial town with two concentrated estates.
 */
import { dayOf } from './days.ts';
import { type HouseholdKind, settleHousehold } from './households.ts';
import type { Town } from './town.ts';

/** Share of the 2014 residents living in households of each background. */
const INITIAL_MIX: Readonly<Record<HouseholdKind, number>> = {
  danish: 0.7,
  western: 0.07,
  non_western: 0.15,
  descendant: 0.05,
  mixed: 0.03,
};

/** Fills the town with households until it has `persons` residents at the end of `year`. */
export function settleInitialPopulation(town: Town, persons: number, year: number): void {
  for (const [kind, share] of Object.entries(INITIAL_MIX) as [HouseholdKind, number][]) {
    let missing = Math.round(persons * share);
    while (missing > 0) {
      const inDay = dayOf(year, 1, 1) - town.random.int(0, 3650);
      missing -= settleHousehold(town, kind, { year, inDay, arriving: false });
    }
  }
}
