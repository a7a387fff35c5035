/**
 * Running spells through a year with yearly hazards: an ongoing spell may end; a person without
 * one may start one (and perhaps end it in the same year). Spells end when the person leaves the
 * eligible ages or the municipality. Before the first year, spells are seeded at about their
 * long-run prevalence so that 2015 does not start from nothing.
 */
import { mortality } from '../demography.ts';
import { ageOn, type SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import type { DemoSpell, SpellBook } from './spell-book.ts';

export interface SpellRule {
  /** First day on which the person may have a spell. */
  eligibleFrom: (person: SimPerson) => number;
  /** Last day on which the person may have a spell (null = no last day). */
  eligibleTo: (person: SimPerson) => number | null;
  startRate: (person: SimPerson, year: number, day: number) => number;
  endRate: (person: SimPerson, year: number) => number;
  /** The tag of a new spell (e.g. the kind of measure); '' when unused. */
  startTag: (town: Town, person: SimPerson, day: number) => string;
  /** The tag when a spell ends by the hazard (e.g. the end reason); '' when unused. */
  endTag: (town: Town, person: SimPerson, year: number) => string;
  /** The tag when a spell ends because the person ages out (e.g. `pension`). */
  agedOutTag: string;
}

const DAYS_PER_YEAR = 365.25;

function close(spell: DemoSpell, day: number, tag: string): void {
  spell.end = Math.max(spell.start, day);
  if (spell.tag === '' || tag !== '') spell.tag = tag;
}

function continueSpell(town: Town, rule: SpellRule, person: SimPerson, spell: DemoSpell, year: number, last: number): void {
  const to = rule.eligibleTo(person);
  if (person.outDay !== null && person.outDay <= last) close(spell, person.outDay - 1, '');
  else if (to !== null && to <= last) close(spell, to, rule.agedOutTag);
  else if (town.random.chance(rule.endRate(person, year))) {
    close(spell, town.random.int(Math.max(spell.start, last - 364), last), rule.endTag(town, person, year));
  }
}

function maybeStart(town: Town, rule: SpellRule, book: SpellBook, person: SimPerson, year: number, lo: number, hi: number): void {
  const r = town.random;
  if (!r.chance(rule.startRate(person, year, lo) * ((hi - lo + 1) / DAYS_PER_YEAR))) return;
  const start = r.int(lo, hi);
  const spell: DemoSpell = { start, end: null, tag: rule.startTag(town, person, start) };
  book.add(person.index, spell);
  if (r.chance(rule.endRate(person, year) * ((hi - start) / DAYS_PER_YEAR))) {
    close(spell, r.int(start, hi), rule.endTag(town, person, year));
  }
}

/** Moves the spells of one kind of everyone resident during `year` (`residents`) through the year. */
export function simulateSpells(town: Town, book: SpellBook, rule: SpellRule, residents: readonly SimPerson[], year: number, first: number, last: number): void {
  for (const person of residents) {
    const open = book.open(person.index);
    if (open !== undefined) {
      continueSpell(town, rule, person, open, year, last);
      continue;
    }
    const lo = Math.max(first, person.inDay, rule.eligibleFrom(person));
    const hi = Math.min(last, person.outDay === null ? last : person.outDay - 1, rule.eligibleTo(person) ?? last);
    if (lo <= hi) maybeStart(town, rule, book, person, year, lo, hi);
  }
}

/** Gives residents on `day` an ongoing spell with the rule's long-run probability. */
export function seedSpells(town: Town, book: SpellBook, rule: SpellRule, year: number, day: number): void {
  for (const person of town.residentsDuring(day, day)) {
    const from = rule.eligibleFrom(person);
    const to = rule.eligibleTo(person);
    if (from > day || (to !== null && to <= day)) continue;
    const starting = rule.startRate(person, year, day);
    // Spells also end by death and by ageing out; without them the seeded level would be too high.
    const exits = mortality(ageOn(person, day)) + (to === null ? 0 : 365 / Math.max(365, to - day));
    if (!town.random.chance(starting / (starting + rule.endRate(person, year) + exits))) continue;
    const earliest = Math.max(from, person.inDay, day - 4 * 365);
    const start = town.random.int(Math.min(earliest, day - 1), day - 1);
    book.add(person.index, { start, end: null, tag: rule.startTag(town, person, start) });
  }
}
