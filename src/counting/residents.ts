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

/** Every person born on or before `referenceDate`, in extract order, with their age then. */
/** Residents by reference date, per person map: most indicators of a year share one date. */
const cache = new WeakMap<PersonIndex, Map<string, readonly Resident[]>>();

export function residentsAt(persons: PersonIndex, referenceDate: string): readonly Resident[] {
  const byDate = getOrCreate(cache, persons, () => new Map<string, readonly Resident[]>());
  return getOrCreate(byDate, referenceDate, () => {
    const result: Resident[] = [];
    for (const person of persons.values()) {
      if (person.birthDate <= referenceDate) result.push({ person, age: ageAt(person.birthDate, referenceDate) });
    }
    return result;
  });
}
