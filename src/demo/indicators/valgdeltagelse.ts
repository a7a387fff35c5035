/**
 * Turnout at the municipal elections: one row per resident aged 18+ on election day. Turnout rises
 * in the target group from one election to the next; young voters vote less, older voters more.
 */
import { electionDay } from '../../catalogue/periods/index.ts';
import { csvText } from '../csv.ts';
import type { SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { ageOn, byProfile, clamp, sinceStart } from './rates.ts';
import { dayOfIso } from './iso-day.ts';

function turnout(person: SimPerson, year: number, age: number): number {
  const base = byProfile(person.profile, 0.74, 0.6, 0.33, 0.35 + 0.011 * sinceStart(year));
  const ageEffect = age < 30 ? -0.08 : age >= 65 ? 0.06 : 0;
  return clamp(base + ageEffect, 0.05, 0.95);
}

/** The electoral roll with `voted` for the election in `year`. */
export function valgdeltagelseFile(town: Town, residents: readonly SimPerson[], year: number): string {
  const day = dayOfIso(electionDay(year));
  const rows: string[][] = [];
  for (const person of residents) {
    const age = ageOn(person, day);
    if (age < 18) continue;
    rows.push([person.id, town.random.chance(turnout(person, year, age)) ? '1' : '0']);
  }
  return csvText(['person_id', 'voted'], rows);
}
