/**
 * The residents an indicator's denominator is drawn from: persons in the population extract who
 * were born on or before the reference date, each with their age on that date.
 */
import { ageAt } from './age-at.ts';
import type { AggregationPerson } from './types.ts';

export interface Resident {
  person: AggregationPerson;
  /** Completed years at the reference date. */
  age: number;
}

/** Every person born on or before `referenceDate`, in extract order, with their age then. */
export function residentsAt(persons: ReadonlyMap<string, AggregationPerson>, referenceDate: string): Resident[] {
  const result: Resident[] = [];
  for (const person of persons.values()) {
    if (person.birthDate <= referenceDate) result.push({ person, age: ageAt(person.birthDate, referenceDate) });
  }
  return result;
}
