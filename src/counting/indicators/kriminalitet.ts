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
 *
 * The second figure `men_15_29_criminal_code` (the Integrationsbarometer's, same columns): men aged
 * 15–29 at the reference date, and of them those convicted as above, per 1,000 — a part of the
 * default's numerator among a part of its residents (`relation: within_default_among`: the men,
 * the age bands 15–17 and 18–29), whole groups only, crude.
 */
import { hasColumns } from '../file-columns.ts';
import { columnCodes } from '../column-codes.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
import { readChoice, readDate, readOptionalDate, readPersonId } from '../read-fields.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, AggregationRow, IndicatorOutput, PersonIndex } from '../types.ts';

const ID = 'kriminalitet';
const CONVICTIONS = 'convictions_criminal_code';
const MEN_15_29 = 'men_15_29_criminal_code';

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

/** The barometer's: men 15–29 at the reference date; the numerator those convicted under the Criminal Code. */
const MEN_15_29_CONVICTED: PrevalenceRule<Offence> = { ...CONVICTED, inPopulation: (age) => age >= 15 && age <= 29, populationText: 'mænd 15-29 år' };

/** The men of the population only: the others are neither in the denominator nor in the numerator. */
function menOf(persons: PersonIndex): PersonIndex {
  return {
    get: (id) => {
      const person = persons.get(id);
      return person?.sex === 'M' ? person : undefined;
    },
    *values() {
      for (const person of persons.values()) if (person.sex === 'M') yield person;
    },
  };
}

/** Residents aged 15+ with at least one offence in the period, per 1,000; also under 18 / adult; convictions beside. */
export function aggregateKriminalitet(input: AggregationInput): IndicatorOutput {
  const output = aggregatePrevalence(input, KRIMINALITET);
  const asked = new Set(input.secondFigures ?? []);
  if (!(asked.has(CONVICTIONS) || asked.has(MEN_15_29)) || !hasColumns(input, 'conviction_date', 'law')) return output;
  // Whole groups only, crude: no age bands, no person breakdowns.
  const plain = { ...input, ageBands: [], personBreakdowns: [] };
  let result = output;
  if (asked.has(CONVICTIONS)) result = withSecondFigure(result, CONVICTIONS, aggregatePrevalence(plain, CONVICTED));
  if (asked.has(MEN_15_29)) result = withSecondFigure(result, MEN_15_29, aggregatePrevalence({ ...plain, persons: menOf(input.persons) }, MEN_15_29_CONVICTED));
  return result;
}
