/**
 * A population extract read, pseudonymised and classified once, ready to be joined with any number
 * of indicator files (the demo aggregates eleven indicators against each year's extract).
 */
import type { Indicator } from '../../catalogue/index.ts';
import { type AggregationPerson, getOrCreate, type PersonIndex } from '../../counting/index.ts';
import { PSEUDONYM_WORDS, pseudonymWords, type Pseudonymiser } from '../../ingest/index.ts';
import { assignGroup, type OriginResult } from '../../origin/index.ts';
import { classifyRows, type ClassifiedRows } from '../population/classify-rows.ts';
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
  const { persons } = population;
  const byRow: AggregationPerson[] = new Array(persons.size);
  for (let i = 0; i < persons.size; i++) {
    const origin = classified.origins[i] as OriginResult;
    const citizenship = persons.citizenship(i);
    const refugee = persons.refugee(i);
    const group = assignGroup({ origin, citizenship, refugee }, indicator.group_definition, indicator.third_generation.included);
    byRow[i] = {
      id: persons.idText(i),
      birthDate: persons.birthDate(i),
      sex: persons.sex(i),
      group,
      refugee,
      area: persons.area(i),
      originGroup: origin.originGroup,
      originCountry: origin.originCountry,
      municipality: persons.municipality(i),
      arrivalDate: persons.arrivalDate(i),
    };
  }
  const key = new Uint32Array(PSEUDONYM_WORDS);
  return {
    get: (id) => {
      if (!pseudonymWords(id, key)) return undefined;
      const row = persons.index.find(key, 0);
      return row < 0 ? undefined : byRow[row];
    },
    values: () => byRow,
  };
}
