/**
 * Crime: residents aged 15+ at the reference date registered for at least one offence committed
 * in the period, per 1,000 (the catalogue's measure). Rows: `person_id`, `offence_date` (one row
 * per offence). The memo asks for under-18s and adults apart: `age=under18` and `age=adult` by
 * age at the reference date, so that each person sits in one breakdown with the same age in
 * numerator and denominator. The age bands are the catalogue's, passed in with the input.
 */
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { readDate, readPersonId } from '../read-fields.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';

interface Offence {
  offenceDate: string;
}

const AGE_BREAKDOWNS = ['age=under18', 'age=adult'] as const;

const KRIMINALITET: PrevalenceRule<Offence> = {
  parse: (row: AggregationRow) => ({ personId: readPersonId(row), offenceDate: readDate(row, 'offence_date') }),
  inPopulation: (age) => age >= 15,
  populationText: '15 år og derover',
  breakdowns: AGE_BREAKDOWNS,
  breakdownsOf: (age) => [age < 18 ? 'age=under18' : 'age=adult'],
  hits: (offences, period) => (offences.some((o) => inPeriod(o.offenceDate, period)) ? ['', ...AGE_BREAKDOWNS] : []),
};

/** Residents aged 15+ with at least one offence in the period, per 1,000; also under 18 / adult. */
export function aggregateKriminalitet(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, KRIMINALITET);
}
