/**
 * Social psychiatry and home care: the share of residents (adults, or everyone) with a spell that
 * overlaps the period. Rows: `person_id`, `start_date`, `end_date` (empty = ongoing). The age
 * bands are the catalogue's, passed in with the input.
 */
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { readPersonId } from '../read-fields.ts';
import { overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';

/** Reads a `person_id, start_date, end_date` row. */
export function parseSpellRow(row: AggregationRow): Spell & { personId: string } {
  return { personId: readPersonId(row), ...readSpell(row) };
}

/** '' when any of the person's spells overlaps the period. */
export function anySpellHits(spells: readonly Spell[], period: AggregationInput['period']): string[] {
  return spells.some((s) => overlapsPeriod(s, period)) ? [''] : [];
}

const SOCIALPSYKIATRI: PrevalenceRule<Spell> = {
  parse: parseSpellRow,
  inPopulation: (age) => age >= 18,
  populationText: '18 år og derover',
  breakdowns: [],
  breakdownsOf: () => [],
  hits: anySpellHits,
};

const HJEMMEPLEJE: PrevalenceRule<Spell> = { ...SOCIALPSYKIATRI, inPopulation: () => true, populationText: 'alle' };

/** Share of residents aged 18+ at the reference date known in social psychiatry during the period. */
export function aggregateSocialpsykiatri(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, SOCIALPSYKIATRI);
}

/** Share of all residents receiving home care at some time in the period. */
export function aggregateHjemmepleje(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, HJEMMEPLEJE);
}
