/**
 * Self-support: of the persons with a benefit spell active at some time in the period, the share
 * who left a spell during the period for a self-support reason. Rows: `person_id`,
 * `benefit_start`, `benefit_end` (empty = ongoing), `end_reason` (empty while ongoing). The end
 * reason codes and their Danish aliases are the catalogue's (`job`, `igu`, `education`,
 * `other_self_support`, `other`); which of them count as self-support is this rule.
 */
import { columnCodes } from '../column-codes.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import { matchRows } from '../match-rows.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { MunicipalTally } from '../municipal-tally.ts';
import { NOWHERE, WHOLE_GROUP } from '../proportion-cells.ts';
import { readChoice, readPersonId } from '../read-fields.ts';
import { valueFactor } from '../shipped-indicator.ts';
import { inPeriod, overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationPerson, AggregationRow } from '../types.ts';

/** The catalogue's end reasons that count as becoming self-supporting. */
export const SELF_SUPPORT_REASONS: ReadonlySet<string> = new Set(['job', 'igu', 'education', 'other_self_support']);

interface BenefitSpell extends Spell {
  reason: string | null;
}

function rowParser(indicatorId: string): (row: AggregationRow) => BenefitSpell & { personId: string } {
  const reasons = columnCodes(indicatorId, 'end_reason');
  return (row) => ({
    personId: readPersonId(row),
    ...readSpell(row, 'benefit_start', 'benefit_end'),
    reason: readChoice(row, 'end_reason', reasons.codes, reasons.aliases),
  });
}

/** Share of persons on benefits in the period who became self-supporting in it. */
export function aggregateSelvforsoergelse(input: AggregationInput): IndicatorOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, rowParser(input.indicatorId));
  const active = new Map<string, AggregationPerson>();
  const selfSupporting = new Set<string>();
  let endedWithoutReason = 0;
  for (const { person, record } of matched) {
    if (!overlapsPeriod(record, input.period)) continue;
    active.set(person.id, person);
    if (record.end === null || !inPeriod(record.end, input.period)) continue;
    if (record.reason === null) endedWithoutReason += 1;
    else if (SELF_SUPPORT_REASONS.has(record.reason)) selfSupporting.add(person.id);
  }
  const people = PersonBreakdowns.of(input);
  const tally = new MunicipalTally();
  for (const person of active.values()) {
    const keys = people.wholeAnd(person);
    tally.add(person.municipality, person.group, keys, selfSupporting.has(person.id) ? keys : NOWHERE);
  }
  const notes =
    endedWithoutReason === 0
      ? []
      : [`${endedWithoutReason} forløb sluttede i perioden uden afgangsårsag og er talt som ikke selvforsørgende.`];
  const layout = { everyGroup: WHOLE_GROUP, comparedOnly: [], perGroup: (g: DeliveryGroup) => people.cellsFor(g) };
  return { ...tally.counts(layout, valueFactor(input.indicatorId)), unmatched, notes };
}
