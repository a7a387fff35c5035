/**
 * Self-support: of the persons with a benefit spell active at some time in the period, the share
 * who left a spell during the period for a self-support reason (job, education, IGU, other
 * self-support). Rows: `person_id`, `benefit_start`, `benefit_end` (empty = ongoing),
 * `end_reason` (job | uddannelse | igu | selvforsoergelse | flytning | doed | pension | andet;
 * empty while ongoing).
 */
import { matchRows } from '../match-rows.ts';
import { type Counted, proportionCells } from '../proportion-cells.ts';
import { readChoice, readPersonId } from '../read-fields.ts';
import { inPeriod, overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationOutput, AggregationPerson, AggregationRow } from '../types.ts';

export const END_REASONS = ['job', 'uddannelse', 'igu', 'selvforsoergelse', 'flytning', 'doed', 'pension', 'andet'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The end reasons that count as becoming self-supporting. */
export const SELF_SUPPORT_REASONS: ReadonlySet<EndReason> = new Set(['job', 'uddannelse', 'igu', 'selvforsoergelse']);

const REASON_ALIASES: Readonly<Record<string, EndReason>> = {
  beskaeftigelse: 'job',
  arbejde: 'job',
  udd: 'uddannelse',
  selvforsoergende: 'selvforsoergelse',
  fraflytning: 'flytning',
  doedsfald: 'doed',
  folkepension: 'pension',
  foertidspension: 'pension',
  oevrige: 'andet',
  other: 'andet',
};

interface BenefitSpell extends Spell {
  reason: EndReason | null;
}

function parseRow(row: AggregationRow): BenefitSpell & { personId: string } {
  return {
    personId: readPersonId(row),
    ...readSpell(row, 'benefit_start', 'benefit_end'),
    reason: readChoice(row, 'end_reason', END_REASONS, REASON_ALIASES),
  };
}

/** Share of persons on benefits in the period who became self-supporting in it. */
export function aggregateSelvforsoergelse(input: AggregationInput): AggregationOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseRow);
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
  const counted: Counted[] = [...active.values()].map((person) => ({
    group: person.group,
    inDenominator: [''],
    inNumerator: selfSupporting.has(person.id) ? [''] : [],
  }));
  const notes =
    endedWithoutReason === 0
      ? []
      : [`${endedWithoutReason} forløb sluttede i perioden uden afgangsårsag og er talt som ikke selvforsørgende.`];
  return { cells: proportionCells(counted, { everyGroup: [''], comparedOnly: [] }, 'share'), unmatched, notes };
}
