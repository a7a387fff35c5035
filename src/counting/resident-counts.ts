/**
 * The residents at a reference date counted by everything a prevalence indicator's denominator
 * depends on: municipality, group, age and person breakdowns. A prevalence rule's denominator is
 * then a walk over these counts instead of over every resident, and only the persons with records
 * are looked at one by one. In a national run the prevalence rules (social psychiatry, home care,
 * the children's measures, crime and their second figures) walked all 5.9 M residents a dozen
 * times, 22 of the run's 56 s of counting; the counts are built once per population, date and
 * breakdowns, for all of them, and walking them costs a fraction of a walk over the residents.
 */
import type { PersonBreakdownKey } from '../catalogue/index.ts';
import { type Group, GROUPS } from '../origin/types.ts';
import { getOrCreate } from './get-or-create.ts';
import { Interned } from './interned.ts';
import { PersonBreakdowns } from './person-breakdowns.ts';
import { residentsAt } from './residents.ts';
import type { PersonIndex } from './types.ts';

/** Called once per kind of resident: how many residents share a municipality, group, age and person breakdowns. */
export type ResidentsAlike = (
  /** The kommunekode, or null for persons without one (an extract without the column). */
  municipality: string | null,
  group: Group,
  /** Completed years at the reference date. */
  age: number,
  /** Their person breakdowns: the very array `people.of` gives each of them. */
  own: readonly string[],
  count: number,
) => void;

export interface ResidentCounts {
  /** The breakdowns the counts were made with. */
  readonly people: PersonBreakdowns;
  /** Visits every kind of resident once, with its count (the counts sum to the residents). */
  forEach(visit: ResidentsAlike): void;
}

const cache = new WeakMap<PersonIndex, Map<string, ResidentCounts>>();

/**
 * The residents of `persons` born on or before `referenceDate`, counted by municipality, group, age
 * and person breakdowns (`keys`). Cached per index, date and keys: a year's indicators share them.
 */
export function residentCounts(persons: PersonIndex, referenceDate: string, keys: readonly PersonBreakdownKey[]): ResidentCounts {
  const byDateAndKeys = getOrCreate(cache, persons, () => new Map<string, ResidentCounts>());
  return getOrCreate(byDateAndKeys, `${referenceDate}|${keys.join(',')}`, () => countResidents(persons, referenceDate, keys));
}

function countResidents(persons: PersonIndex, referenceDate: string, keys: readonly PersonBreakdownKey[]): ResidentCounts {
  const people = new PersonBreakdowns(keys, referenceDate);
  const municipalities = new Interned<string>();
  const owns = new Interned<readonly string[]>();
  // Per municipality: (breakdowns, group) → counts by age.
  const byMunicipality: Map<number, number[]>[] = [];
  for (const { person, age } of residentsAt(persons, referenceDate)) {
    const m = municipalities.numberOf(person.municipality ?? null);
    const kind = owns.numberOf(people.of(person)) * GROUPS.length + GROUPS.indexOf(person.group);
    byMunicipality[m] ??= new Map();
    const ofMunicipality = byMunicipality[m];
    let ages = ofMunicipality.get(kind);
    if (ages === undefined) {
      ages = [];
      ofMunicipality.set(kind, ages);
    }
    ages[age] = (ages[age] ?? 0) + 1;
  }
  return { people, forEach: flattened(byMunicipality, municipalities, owns) };
}

/**
 * The nested counts as four columns, one entry per kind of resident (as objects, or as the maps
 * they were counted in, they would be a burden for every later garbage collection of the run to
 * walk: the counts are kept with the population).
 */
function flattened(
  byMunicipality: readonly Map<number, number[]>[],
  municipalities: Interned<string>,
  owns: Interned<readonly string[]>,
): ResidentCounts['forEach'] {
  let size = 0;
  // forEach, not for…of: the arrays have holes (a municipality's number, an age nobody has).
  byMunicipality.forEach((kinds) => {
    for (const ages of kinds.values()) {
      ages.forEach(() => {
        size += 1;
      });
    }
  });
  const municipality = new Int32Array(size);
  const kind = new Int32Array(size);
  const age = new Int32Array(size);
  const count = new Int32Array(size);
  let i = 0;
  byMunicipality.forEach((kinds, m) => {
    for (const [k, ages] of kinds) {
      ages.forEach((n, a) => {
        municipality[i] = m;
        kind[i] = k;
        age[i] = a;
        count[i] = n;
        i += 1;
      });
    }
  });
  return (visit) => {
    for (let j = 0; j < size; j++) {
      const k = kind[j] as number;
      visit(
        municipalities.valueOf(municipality[j] as number),
        GROUPS[k % GROUPS.length] as Group,
        age[j] as number,
        owns.valueOf(Math.floor(k / GROUPS.length)) as readonly string[],
        count[j] as number,
      );
    }
  };
}
