/**
 * A population extract read, pseudonymised and classified once, ready to be joined with any number
 * of indicator files (the demo aggregates eleven indicators against each year's extract).
 */
import type { Indicator } from '../../catalogue/index.ts';
import { type AggregationPerson, getOrCreate, type PersonIndex } from '../../counting/index.ts';
import type { Pseudonymiser } from '../../ingest/index.ts';
import { assignGroup, type OriginResult } from '../../origin/index.ts';
import { classifyRows, type ClassifiedRows } from '../population/classify-rows.ts';
import type { PersonRow } from '../population/person-row.ts';
import { type Population, readPopulation } from '../population/read-population.ts';

export interface ClassifiedPopulation {
  population: Population;
  classified: ClassifiedRows;
}

export async function readClassifiedPopulation(file: string, pseudonymiser: Pseudonymiser, sheet?: string | number): Promise<ClassifiedPopulation> {
  const population = await readPopulation(file, pseudonymiser, sheet === undefined ? {} : { sheet });
  return { population, classified: classifyRows(population) };
}

/** Persons per group definition, built once per population (most indicators share one). */
const personsByDefinition = new WeakMap<ClassifiedPopulation, Map<string, PersonIndex>>();

/** The persons by pseudonym, each in the group the indicator's definition gives them. */
export function personsFor(indicator: Indicator, classified: ClassifiedPopulation): PersonIndex {
  const key = `${indicator.group_definition}|${indicator.third_generation.included}`;
  const cache = getOrCreate(personsByDefinition, classified, () => new Map<string, PersonIndex>());
  return getOrCreate(cache, key, () => buildPersons(indicator, classified));
}

/**
 * One `AggregationPerson` per row, found through the extract's own pseudonym index: a second
 * Map of a million keys per definition would cost about 100 MB and half a second to build.
 */
function buildPersons(indicator: Indicator, { population, classified }: ClassifiedPopulation): PersonIndex {
  const byRow: AggregationPerson[] = population.rows.map((row: PersonRow, i) => {
    const origin = classified.origins[i] as OriginResult;
    const group = assignGroup({ origin, citizenship: row.citizenship, refugee: row.refugee }, indicator.group_definition, indicator.third_generation.included);
    return {
      id: row.id,
      birthDate: row.birthDate,
      sex: row.sex,
      group,
      refugee: row.refugee,
      area: row.area,
      originGroup: origin.originGroup,
      originCountry: origin.originCountry,
      municipality: row.municipality,
      arrivalDate: row.arrivalDate,
    };
  });
  return {
    get: (id) => {
      const row = population.indexById.get(id);
      return row === undefined ? undefined : byRow[row];
    },
    values: () => byRow,
  };
}
