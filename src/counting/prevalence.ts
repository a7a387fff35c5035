/**
 * The common shape of "share (or rate) of residents who had something in the period": social
 * psychiatry, home care, child-welfare measures and crime. Each indicator supplies how a row is
 * read, who is in the denominator, which breakdowns a person falls in, and which of them the
 * person's rows put them in the numerator of; this module does the rest, including age-band
 * cells for standardisation (the bands come with the input, from the catalogue), the person
 * breakdowns (sex, generation, refugee, residence: they follow the whole group's numerator), the value's
 * scale (share or per 1,000, from the catalogue's measure) and a note on persons outside the age
 * range.
 */
import { AGEBAND_KEY, type AgeBand, ageBandOf } from '../catalogue/index.ts';
import type { DeliveryGroup } from '../origin/types.ts';
import { getOrCreate } from './get-or-create.ts';
import { type Matched, matchRows } from './match-rows.ts';
import { MunicipalTally } from './municipal-tally.ts';
import { NOWHERE } from './proportion-cells.ts';
import { residentCounts } from './resident-counts.ts';
import { residentAge } from './residents.ts';
import { valueFactor } from './shipped-indicator.ts';
import type { AggregationInput, AggregationPerson, IndicatorOutput, AggregationPeriod, AggregationRow } from './types.ts';

export interface PrevalenceRule<T> {
  /** Reads one data row (throws on unreadable cells). */
  parse: (row: AggregationRow) => T & { personId: string };
  /** Whether a resident of this age (at the reference date) is in the denominator. */
  inPopulation: (age: number) => boolean;
  /** Words for the age range, for the note on persons outside it (e.g. "18 år og derover"). */
  populationText: string;
  /** Breakdowns written for every group besides '' (e.g. `measure=child`), in output order. */
  breakdowns: readonly string[];
  /** The breakdowns of `breakdowns` whose denominator holds a resident of this age. */
  breakdownsOf: (age: number) => readonly string[];
  /** Keys ('' and/or breakdowns) whose numerator the person's rows put them in, for this period. */
  hits: (records: readonly T[], period: AggregationPeriod) => readonly string[];
  /**
   * How many things a person in a numerator counts as there (the measures of a child placed
   * twice in the year: 2); absent: 1, a count of persons. The denominator stays persons.
   */
  weight?: (records: readonly T[], period: AggregationPeriod) => number;
}

/**
 * Each matched person's records in row order, keyed by the person itself (`PersonIndex.get` gives
 * the object `values()` holds), so that each is counted once however many rows they have.
 */
function recordsByResident<T>(matched: readonly Matched<T>[]): Map<AggregationPerson, T[]> {
  const result = new Map<AggregationPerson, T[]>();
  for (const { person, record } of matched) {
    const records = result.get(person);
    if (records === undefined) result.set(person, [record]);
    else records.push(record);
  }
  return result;
}

function bandBreakdown(band: AgeBand): string {
  return `${AGEBAND_KEY}=${band.code}`;
}

/** A resident's denominator keys, which depend on their age and person breakdowns alone (shared). */
interface ResidentKeys {
  readonly inDenominator: readonly string[];
  /** The keys whose numerator holds the resident whenever the whole group's does (age band, the person breakdowns). */
  readonly followWhole: readonly string[];
}

function denominatorKeys<T>(rule: PrevalenceRule<T>, bands: readonly AgeBand[], age: number, own: readonly string[]): ResidentKeys {
  const found = ageBandOf(bands, age);
  const band = found === undefined ? [] : [bandBreakdown(found)];
  return { inDenominator: ['', ...rule.breakdownsOf(age), ...band, ...own], followWhole: [...band, ...own] };
}

/** The breakdowns whose numerator the resident's records put them in (of their denominator keys). */
function numeratorKeys<T>(rule: PrevalenceRule<T>, keys: ResidentKeys, records: readonly T[], period: AggregationPeriod): readonly string[] {
  // Most residents have no record: no numerator to look for (this runs once per resident).
  if (records.length === 0) return NOWHERE;
  const hits = new Set(rule.hits(records, period));
  const whole = hits.has('');
  return keys.inDenominator.filter((k) => hits.has(k) || (whole && keys.followWhole.includes(k)));
}

/**
 * Aggregates a prevalence indicator according to `rule`, with `input.ageBands` as its age bands.
 * The denominators come from the residents counted alike (`residentCounts`, shared by the year's
 * indicators); only the persons with records are looked at one by one, for the numerators.
 */
export function aggregatePrevalence<T>(input: AggregationInput, rule: PrevalenceRule<T>): IndicatorOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, rule.parse);
  const residents = residentCounts(input.persons, input.referenceDate, input.personBreakdowns ?? []);
  const tally = new MunicipalTally();
  // Built once per age and person breakdowns, so that residents alike share one breakdown list
  // (the tally resolves its tallies once per list).
  const keysByOwn = new Map<readonly string[], ResidentKeys[]>();
  const keysOf = (own: readonly string[], age: number): ResidentKeys => {
    const keysByAge = getOrCreate(keysByOwn, own, () => []);
    keysByAge[age] ??= denominatorKeys(rule, input.ageBands, age, own);
    return keysByAge[age];
  };
  residents.forEach((municipality, group, age, own, count) => {
    if (rule.inPopulation(age)) tally.addPersons(municipality, group, keysOf(own, age).inDenominator, count);
  });
  let outsideAgeRange = 0;
  for (const [person, records] of recordsByResident(matched)) {
    const age = residentAge(person, input.referenceDate);
    // Not born at the reference date: not a resident, so neither in a denominator nor a numerator.
    if (age === null) continue;
    if (!rule.inPopulation(age)) {
      if (rule.hits(records, input.period).includes('')) outsideAgeRange += 1;
      continue;
    }
    const keys = keysOf(residents.people.of(person), age);
    const inNumerator = numeratorKeys(rule, keys, records, input.period);
    if (inNumerator.length === 0) continue;
    const weight = rule.weight === undefined ? 1 : rule.weight(records, input.period);
    tally.addToNumerators(person.municipality, person.group, keys.inDenominator, inNumerator, weight);
  }
  const people = residents.people;
  const layout = { everyGroup: ['', ...rule.breakdowns], comparedOnly: input.ageBands.map(bandBreakdown), perGroup: (g: DeliveryGroup) => people.cellsFor(g) };
  const notes =
    outsideAgeRange === 0
      ? []
      : [
          `${outsideAgeRange} person(er) med forløb i perioden er ikke talt med, fordi de på opgørelsesdatoen ` +
            `${input.referenceDate} ikke var i aldersgruppen (${rule.populationText}).`,
        ];
  return { ...tally.counts(layout, valueFactor(input.indicatorId)), unmatched, notes };
}
