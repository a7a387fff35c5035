/**
 * Voter turnout at a municipal election: one row per person entitled to vote, `person_id`,
 * `voted` (1/0, ja/nej). Numerator = voted, denominator = the entitled persons found in the
 * population extract; also by sex and generation (the catalogue's person breakdowns). A person listed twice is an error: the electoral roll has one line each.
 */
import type { DeliveryGroup } from '../../origin/types.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { MunicipalTally } from '../municipal-tally.ts';
import { NOWHERE, WHOLE_GROUP } from '../proportion-cells.ts';
import { readFlag, readPersonId } from '../read-fields.ts';
import { rejectDuplicates } from '../match-rows.ts';
import { valueFactor } from '../shipped-indicator.ts';
import type { AggregationInput, IndicatorOutput } from '../types.ts';

/** Turnout: share of entitled persons who voted. */
export function aggregateValgdeltagelse(input: AggregationInput): IndicatorOutput {
  rejectDuplicates(input.rows);
  const people = PersonBreakdowns.of(input);
  const tally = new MunicipalTally();
  const unmatched: { rowNumber: number }[] = [];
  // Row by row into the tallies, as `matchRows` pairs them but without a list of the pairs: at
  // national scale (4.6 M voters) that list cost about 100 bytes a voter at the peak of the run.
  for (const row of input.rows) {
    const personId = readPersonId(row);
    const voted = readFlag(row, 'voted');
    const person = input.persons.get(personId);
    if (person === undefined) {
      unmatched.push({ rowNumber: row.rowNumber });
      continue;
    }
    const keys = people.wholeAnd(person);
    tally.add(person.municipality, person.group, keys, voted ? keys : NOWHERE);
  }
  const layout = { everyGroup: WHOLE_GROUP, comparedOnly: [], perGroup: (g: DeliveryGroup) => people.cellsFor(g) };
  return { ...tally.counts(layout, valueFactor(input.indicatorId)), unmatched, notes: [] };
}
