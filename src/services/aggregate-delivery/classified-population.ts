/**
 * A population extract read, pseudonymised and classified once, ready to be joined with any number
 * of indicator files (the demo aggregates eleven indicators against each year's extract).
 */
import type { Indicator } from '../../catalogue/index.ts';
import { type AggregationPerson, getOrCreate, type PersonIndex } from '../../counting/index.ts';
import { PSEUDONYM_WORDS, pseudonymText, pseudonymWords, type Pseudonymiser } from '../../ingest/index.ts';
import { assignGroup, type CountryCode, type Group, GROUPS, type OriginGroup, type OriginResult } from '../../origin/index.ts';
import type { PersonColumns } from '../population/person-columns.ts';
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
 * Map of a million keys per definition would cost about 100 MB and half a second to build. Each is
 * a small view over the columns (`PersonView`), so that 5.9 M persons do not hold 5.9 M copies of
 * their facts and pseudonyms.
 */
function buildPersons(indicator: Indicator, { population, classified }: ClassifiedPopulation): PersonIndex {
  const { persons } = population;
  const View = personViews(persons, classified.origins);
  const byRow: AggregationPerson[] = new Array(persons.size);
  for (let i = 0; i < persons.size; i++) {
    const origin = classified.origins[i] as OriginResult;
    const group = assignGroup(
      { origin, citizenship: persons.citizenship(i), refugee: persons.refugee(i) },
      indicator.group_definition,
      indicator.third_generation.included,
    );
    byRow[i] = new View(i * GROUPS.length + GROUPS.indexOf(group));
  }
  const key = new Uint32Array(PSEUDONYM_WORDS);
  return {
    get: (id) => {
      const handle = rowOfHandle(id);
      if (handle !== null) return handle < byRow.length ? byRow[handle] : undefined;
      // A pseudonym's text (a caller that joins by pseudonym rather than through `joinKeys`).
      if (!pseudonymWords(id, key)) return undefined;
      const row = persons.index.find(key, 0);
      return row < 0 ? undefined : byRow[row];
    },
    values: () => byRow,
  };
}

/**
 * How a data file's person ids join the population (`AggregationPerson.id`, the rows'
 * `person_id`): a person of the extract is joined on a handle on the person's row (`#` and the row
 * in base 36, a few characters; it never leaves the run), any other id on its pseudonym (a 32-hex
 * text, never equal to a handle), so that rows of persons not in the extract are still told apart.
 * The id is pseudonymised on read as ever; only what is kept per row is smaller.
 */
export interface JoinKeys {
  /** The row of the person with the pseudonym at `offset` of `words` in the extract; else the pseudonym's text. */
  of(words: Uint32Array, offset: number): number | string;
  /** The text a person's row is joined on: the rows' `person_id` and `AggregationPerson.id`. */
  handle(row: number): string;
}

export function joinKeys(population: ClassifiedPopulation): JoinKeys {
  const { persons } = population.population;
  return {
    of: (words, offset) => {
      const row = persons.index.find(words, offset);
      return row < 0 ? pseudonymText(words, offset) : row;
    },
    handle: handleOf,
  };
}

function handleOf(row: number): string {
  return `#${row.toString(36)}`;
}

/** The row a handle names; null for any other text. */
function rowOfHandle(id: string): number | null {
  if (id.charCodeAt(0) !== 35 /* # */) return null;
  const row = Number.parseInt(id.slice(1), 36);
  return Number.isSafeInteger(row) && row >= 0 ? row : null;
}

/**
 * The class of a person of the extract as aggregation sees it, over one population's columns and
 * origins: each object holds one small integer (its row and its group under the indicator's
 * definition, packed), and every fact is read from the columns when asked for. At 5.9 M persons a
 * plain object with the ten facts cost about 60 bytes more per person than this.
 */
function personViews(persons: PersonColumns, origins: readonly OriginResult[]): new (packed: number) => AggregationPerson {
  const originOf = (row: number) => origins[row] as OriginResult;
  return class PersonView implements AggregationPerson {
    readonly #packed: number;

    constructor(packed: number) {
      this.#packed = packed;
    }

    get #row(): number {
      return Math.floor(this.#packed / GROUPS.length);
    }
    get id(): string {
      return handleOf(this.#row);
    }
    get group(): Group {
      return GROUPS[this.#packed % GROUPS.length] as Group;
    }
    get birthDate(): string {
      return persons.birthDate(this.#row);
    }
    get sex(): 'M' | 'K' | null {
      return persons.sex(this.#row);
    }
    get refugee(): boolean {
      return persons.refugee(this.#row);
    }
    get area(): string | null {
      return persons.area(this.#row);
    }
    get originGroup(): OriginGroup {
      return originOf(this.#row).originGroup;
    }
    get originCountry(): CountryCode {
      return originOf(this.#row).originCountry;
    }
    get municipality(): string | null {
      return persons.municipality(this.#row);
    }
    get arrivalDate(): string | null {
      return persons.arrivalDate(this.#row);
    }
  };
}
