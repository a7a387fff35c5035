/**
 * The residents an indicator's denominator is drawn from: persons in the population extract who
 * were born on or before the reference date, each with their age on that date.
 */
import { ageAt } from './age-at.ts';
import { getOrCreate } from './get-or-create.ts';
import type { AggregationPerson, PersonIndex } from './types.ts';

export interface Resident {
  person: AggregationPerson;
  /** Completed years at the reference date. */
  age: number;
}

/** A person not yet born at the reference date. */
const UNBORN = -1;

/**
 * Ages by reference date, per person index, in the order of its `values()`: most indicators of a
 * year share one date. Kept as numbers, not as a `Resident` per person: at 5.9 M persons and
 * three dates those objects were 18 M more for every full garbage collection to walk.
 */
const cache = new WeakMap<PersonIndex, Map<string, Int16Array>>();

/** Every person born on or before `referenceDate`, in extract order, with their age then. */
export function* residentsAt(persons: PersonIndex, referenceDate: string): Generator<Resident> {
  const ages = agesAt(persons, referenceDate);
  let i = 0;
  for (const person of persons.values()) {
    const age = ages[i++] as number;
    if (age !== UNBORN) yield { person, age };
  }
}

/** The person's age at `referenceDate`, or null when they were not born yet: a resident then is one with an age. */
export function residentAge(person: AggregationPerson, referenceDate: string): number | null {
  const birthDate = person.birthDate;
  return birthDate <= referenceDate ? ageAt(birthDate, referenceDate) : null;
}

function agesAt(persons: PersonIndex, referenceDate: string): Int16Array {
  const byDate = getOrCreate(cache, persons, () => new Map<string, Int16Array>());
  return getOrCreate(byDate, referenceDate, () => {
    // Once per birth date, not per person: a national extract has 5.9 M persons and 40,000 dates.
    const byBirthDate = new Map<string, number>();
    const ages: number[] = [];
    for (const person of persons.values()) {
      const birthDate = person.birthDate;
      let age = byBirthDate.get(birthDate);
      if (age === undefined) {
        age = residentAge(person, referenceDate) ?? UNBORN;
        byBirthDate.set(birthDate, age);
      }
      ages.push(age);
    }
    return Int16Array.from(ages);
  });
}
