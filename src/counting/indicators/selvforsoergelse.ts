/**
 * Self-support: of the persons with a benefit spell active at some time in the period, the share
 * who left a spell during the period for a self-support reason. Rows: `person_id`,
 * `benefit_start`, `benefit_end` (empty = ongoing), `end_reason` (empty while ongoing). The end
 * reason codes and their Danish aliases are the catalogue's (`job`, `igu`, `education`,
 * `other_self_support`, `other`); which of them count as self-support is this rule.
 *
 * The second figure `status_after_3_months` (when asked for and the file has the optional
 * `status_3_months` column): of the same persons, those who left a spell in the period for a
 * self-support reason and were `self_supporting` 3 months after — a part of the default's
 * numerator over the same denominator (`relation: within_default`), whole groups only. A
 * self-support exit without a status is not counted as lasting, and their number is noted.
 */
import { hasColumns } from '../file-columns.ts';
import { columnCodes } from '../column-codes.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import { matchRows } from '../match-rows.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { MunicipalTally } from '../municipal-tally.ts';
import { NOWHERE, WHOLE_GROUP } from '../proportion-cells.ts';
import { readChoice, readPersonId } from '../read-fields.ts';
import { type SecondFigureCounts, withSecondFigure } from '../second-figure-cells.ts';
import { valueFactor } from '../shipped-indicator.ts';
import { inPeriod, overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationPerson, AggregationRow, IndicatorOutput } from '../types.ts';

/** The catalogue's end reasons that count as becoming self-supporting. */
export const SELF_SUPPORT_REASONS: ReadonlySet<string> = new Set(['job', 'igu', 'education', 'other_self_support']);

const LASTING = 'status_after_3_months';

interface BenefitSpell extends Spell {
  reason: string | null;
  /** `self_supporting` or `public_support` 3 months after the end; null when not given. */
  after: string | null;
}

function rowParser(indicatorId: string): (row: AggregationRow) => BenefitSpell & { personId: string } {
  const reasons = columnCodes(indicatorId, 'end_reason');
  const statuses = columnCodes(indicatorId, 'status_3_months');
  return (row) => ({
    personId: readPersonId(row),
    ...readSpell(row, 'benefit_start', 'benefit_end'),
    reason: readChoice(row, 'end_reason', reasons.codes, reasons.aliases),
    after: readChoice(row, 'status_3_months', statuses.codes, statuses.aliases),
  });
}

/** Persons on benefits in the period, those who left for self-support, and those of them for whom it lasted. */
interface Tally {
  active: Map<string, AggregationPerson>;
  selfSupporting: Set<string>;
  lasting: Set<string>;
  endedWithoutReason: number;
  exitsWithoutStatus: number;
}

function tally(matched: readonly { person: AggregationPerson; record: BenefitSpell }[], period: AggregationInput['period']): Tally {
  const t: Tally = { active: new Map(), selfSupporting: new Set(), lasting: new Set(), endedWithoutReason: 0, exitsWithoutStatus: 0 };
  for (const { person, record } of matched) {
    if (!overlapsPeriod(record, period)) continue;
    t.active.set(person.id, person);
    if (record.end === null || !inPeriod(record.end, period)) continue;
    if (record.reason === null) t.endedWithoutReason += 1;
    else if (SELF_SUPPORT_REASONS.has(record.reason)) {
      t.selfSupporting.add(person.id);
      if (record.after === 'self_supporting') t.lasting.add(person.id);
      else if (record.after === null) t.exitsWithoutStatus += 1;
    }
  }
  return t;
}

/** Share of persons on benefits in the period who became self-supporting in it (and, as a second figure, lastingly). */
export function aggregateSelvforsoergelse(input: AggregationInput): IndicatorOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, rowParser(input.indicatorId));
  const t = tally(matched, input.period);
  const people = PersonBreakdowns.of(input);
  const defaults = new MunicipalTally();
  for (const person of t.active.values()) {
    const keys = people.wholeAnd(person);
    defaults.add(person.municipality, person.group, keys, t.selfSupporting.has(person.id) ? keys : NOWHERE);
  }
  const layout = { everyGroup: WHOLE_GROUP, comparedOnly: [], perGroup: (g: DeliveryGroup) => people.cellsFor(g) };
  const factor = valueFactor(input.indicatorId);
  const output = { ...defaults.counts(layout, factor), unmatched, notes: notesOf(t, false) };
  if (!(input.secondFigures ?? []).includes(LASTING) || !hasColumns(input, 'status_3_months')) return output;
  return { ...withSecondFigure(output, LASTING, lastingCounts(t, factor)), notes: notesOf(t, true) };
}

/** The second figure: the same denominator, the lasting exits as numerator, whole groups only. */
function lastingCounts(t: Tally, factor: number): SecondFigureCounts {
  const lasting = new MunicipalTally();
  for (const person of t.active.values()) {
    lasting.add(person.municipality, person.group, WHOLE_GROUP, t.lasting.has(person.id) ? WHOLE_GROUP : NOWHERE);
  }
  return lasting.counts({ everyGroup: WHOLE_GROUP, comparedOnly: [] }, factor);
}

function notesOf(t: Tally, withLasting: boolean): string[] {
  const notes: string[] = [];
  if (t.endedWithoutReason > 0) notes.push(`${t.endedWithoutReason} forløb sluttede i perioden uden afgangsårsag og er talt som ikke selvforsørgende.`);
  if (withLasting && t.exitsWithoutStatus > 0) {
    notes.push(`${t.exitsWithoutStatus} afgange til selvforsørgelse har ingen status 3 måneder efter og er ikke talt som varige.`);
  }
  return notes;
}
