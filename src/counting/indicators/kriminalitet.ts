/**
 * Crime: residents aged 15+ at the reference date registered for at least one offence committed
 * in the period, per 1,000 (the catalogue's measure). Rows: `person_id`, `offence_date` (one row
 * per offence). The memo asks for under-18s and adults apart: `age=under18` and `age=adult` by
 * age at the reference date, so that each person sits in one breakdown with the same age in
 * numerator and denominator. The age bands are the catalogue's, passed in with the input.
 *
 * The second figure `convictions_criminal_code` (when asked for and the file has the optional
 * `conviction_date` and `law` columns): of the same residents, those with an offence committed in
 * the period that led to a conviction under the Criminal Code (`law` = `criminal_code`) — a part
 * of the default's numerator over the same denominator (`relation: within_default`), whole groups
 * only, crude. Offences are counted by the year they were committed (as Statistics Denmark's
 * decisions by year of offence), so a year's figure can still grow with later convictions.
 */
import { hasColumns } from '../file-columns.ts';
import { columnCodes } from '../column-codes.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
import { readChoice, readDate, readOptionalDate, readPersonId } from '../read-fields.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, AggregationRow, IndicatorOutput } from '../types.ts';

const ID = 'kriminalitet';
const CONVICTIONS = 'convictions_criminal_code';

interface Offence {
  offenceDate: string;
  /** Whether the offence led to a conviction under the Criminal Code (false without the columns). */
  convictedUnderCode: boolean;
}

const AGE_BREAKDOWNS = ['age=under18', 'age=adult'] as const;

/** The catalogue's laws and their Danish spellings. */
const LAWS = columnCodes(ID, 'law');

function parseOffence(row: AggregationRow): Offence & { personId: string } {
  const laws = LAWS;
  const convicted = readOptionalDate(row, 'conviction_date') !== null;
  const law = readChoice(row, 'law', laws.codes, laws.aliases);
  return { personId: readPersonId(row), offenceDate: readDate(row, 'offence_date'), convictedUnderCode: convicted && law === 'criminal_code' };
}

const KRIMINALITET: PrevalenceRule<Offence> = {
  parse: parseOffence,
  inPopulation: (age) => age >= 15,
  populationText: '15 år og derover',
  breakdowns: AGE_BREAKDOWNS,
  breakdownsOf: (age) => [age < 18 ? 'age=under18' : 'age=adult'],
  hits: (offences, period) => (offences.some((o) => inPeriod(o.offenceDate, period)) ? ['', ...AGE_BREAKDOWNS] : []),
};

/** The same residents; the numerator those with an offence of the period convicted under the Criminal Code. */
const CONVICTED: PrevalenceRule<Offence> = {
  ...KRIMINALITET,
  breakdowns: [],
  breakdownsOf: () => [],
  hits: (offences, period) => (offences.some((o) => o.convictedUnderCode && inPeriod(o.offenceDate, period)) ? [''] : []),
};

/** Residents aged 15+ with at least one offence in the period, per 1,000; also under 18 / adult; convictions beside. */
export function aggregateKriminalitet(input: AggregationInput): IndicatorOutput {
  const output = aggregatePrevalence(input, KRIMINALITET);
  if (!(input.secondFigures ?? []).includes(CONVICTIONS) || !hasColumns(input, 'conviction_date', 'law')) return output;
  // Whole groups only, crude: no age bands, no person breakdowns.
  const convicted = aggregatePrevalence({ ...input, ageBands: [], personBreakdowns: [] }, CONVICTED);
  return withSecondFigure(output, CONVICTIONS, convicted);
}
