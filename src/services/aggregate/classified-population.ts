/**
 * A population extract read, pseudonymised and classified once, ready to be joined with any number
 * of indicator files (the demo aggregates eleven indicators against each year's extract).
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { AggregationPerson } from '../../aggregate/index.ts';
import type { Pseudonymiser } from '../../ingest/index.ts';
import { assignGroup } from '../../origin/index.ts';
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
const personsByDefinition = new WeakMap<ClassifiedPopulation, Map<string, ReadonlyMap<string, AggregationPerson>>>();

/** The persons keyed by pseudonym, each in the group the indicator's definition gives them. */
export function personsFor(indicator: Indicator, classified: ClassifiedPopulation): ReadonlyMap<string, AggregationPerson> {
  const key = `${indicator.group_definition}|${indicator.third_generation.included}`;
  let cache = personsByDefinition.get(classified);
  if (!cache) {
    cache = new Map();
    personsByDefinition.set(classified, cache);
  }
  let persons = cache.get(key);
  if (!persons) {
    persons = buildPersons(indicator, classified);
    cache.set(key, persons);
  }
  return persons;
}

function buildPersons(indicator: Indicator, { population, classified }: ClassifiedPopulation): Map<string, AggregationPerson> {
  const persons = new Map<string, AggregationPerson>();
  population.rows.forEach((row: PersonRow, i) => {
    const origin = classified.origins[i];
    if (!origin) return;
    const group = assignGroup(
      { origin, citizenship: row.citizenship, refugee: row.refugee },
      indicator.group_definition,
      indicator.third_generation.included,
    );
    persons.set(row.id, { id: row.id, birthDate: row.birthDate, sex: row.sex, group, refugee: row.refugee, area: row.area, originGroup: origin.originGroup });
  });
  return persons;
}
