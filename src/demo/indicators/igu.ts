/**
 * IGU courses (integrationsgrunduddannelse, introduced 1 July 2016): two-year paid traineeships
 * for refugees and family-reunified persons aged 18–40 in their first five years in Denmark.
 * Starting one ends an ongoing benefit spell with the reason `igu`. About one course in five is
 * one of the municipality's own IGU posts (the employer `municipality`), the rest private.
 */
import { addYears, dayOf } from '../days.ts';
import type { SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { ageOn, sinceStart } from './rates.ts';
import type { SpellBook } from './spell-book.ts';

const IGU_FROM = dayOf(2016, 7, 1);

function eligible(person: SimPerson, book: SpellBook, year: number, day: number): boolean {
  if (!person.refugee || person.arrivalYear === null || year - person.arrivalYear > 5) return false;
  const age = ageOn(person, day);
  return age >= 18 && age <= 40 && book.of(person.index).length === 0;
}

function startRate(year: number): number {
  return year === 2016 ? 0.03 : 0.04 + 0.003 * sinceStart(year);
}

function endBenefit(benefits: SpellBook, person: SimPerson, day: number): void {
  const benefit = benefits.open(person.index);
  if (benefit !== undefined && benefit.start <= day) {
    benefit.end = day;
    benefit.tag = 'igu';
  }
}

/**
 * The course's employer, from the person and the start day rather than the town's random stream:
 * drawing it would shift every later draw and so every other figure of the demo.
 */
function employerOf(person: SimPerson, start: number): 'municipality' | 'private' {
  return (person.index * 7 + start) % 5 === 0 ? 'municipality' : 'private';
}

/** Starts (and schedules the end of) IGU courses in `year`. */
export function simulateIgu(
  town: Town,
  books: { igu: SpellBook; benefit: SpellBook },
  residents: readonly SimPerson[],
  year: number,
  first: number,
  last: number,
): void {
  const lo = Math.max(first, IGU_FROM);
  if (lo > last) return;
  const r = town.random;
  const { igu, benefit: benefits } = books;
  for (const person of residents) {
    if ((person.outDay !== null && person.outDay <= lo) || !eligible(person, igu, year, lo) || !r.chance(startRate(year))) continue;
    const start = r.int(Math.max(lo, person.inDay), last);
    const end = r.chance(0.2) ? start + r.int(60, 600) : addYears(start, 2) - 1;
    igu.add(person.index, { start, end, tag: employerOf(person, start) });
    endBenefit(benefits, person, start);
  }
}
