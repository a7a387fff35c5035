/**
 * A resident of the simulated municipality: what the population extract will say about them, and
 * the truth behind it (origin group, origin country, third generation) that the simulation uses to
 * give each group plausible outcomes. The truth is never written; the product must re-derive it.
 */
import type { OriginGroup } from '../origin/types.ts';
import type { DemoCountry } from './countries.ts';
import { calendarOf, type LifeDates } from './days.ts';

/** Which set of outcome probabilities a person follows. */
export type Profile = 'danish' | 'third' | 'western' | 'non_western';

/** What a child inherits from a parent, and what the extract's parent columns say. */
export interface ParentFacts {
  birthCountry: DemoCountry;
  citizenship: DemoCountry;
  originGroup: OriginGroup;
  originCountry: DemoCountry;
  refugee: boolean;
}

/** A known parent: an id (when the register links one), a resident's index, and the columns' text. */
export interface ParentRef {
  id: string | null;
  /** Index in `Town.persons` when the parent is (or was) a resident of the demo municipality. */
  index: number | null;
  birthText: string;
  citizenshipText: string;
  facts: ParentFacts;
}

export interface SimPerson {
  index: number;
  id: string;
  /** Day number of birth; `life.birth` is the same as `YYYY-MM-DD`. */
  birthDay: number;
  life: LifeDates;
  sex: 'M' | 'K';
  birthCountry: DemoCountry;
  citizenship: DemoCountry;
  birthText: string;
  citizenshipText: string;
  originGroup: OriginGroup;
  originCountry: DemoCountry;
  thirdGeneration: boolean;
  refugee: boolean;
  profile: Profile;
  /** Null = unknown parent (empty columns). */
  mother: ParentRef | null;
  father: ParentRef | null;
  /** Leave the parent columns empty while the linked parent is in the same extract. */
  linkOnly: boolean;
  household: number;
  area: string;
  /** Year of immigration to Denmark (immigrants only). */
  arrivalYear: number | null;
  /** First and last day of residence in the municipality (null = still resident). */
  inDay: number;
  outDay: number | null;
}

export interface Household {
  id: number;
  area: string;
  /** Indices of the adults (one or two) and of the children living with them. */
  adults: number[];
  children: number[];
}

/** The facts a resident passes on to a child. */
export function factsOf(person: SimPerson): ParentFacts {
  return {
    birthCountry: person.birthCountry,
    citizenship: person.citizenship,
    originGroup: person.originGroup,
    originCountry: person.originCountry,
    refugee: person.refugee,
  };
}

/**
 * Completed years on a day number, counted as registers do (older on the birthday itself; a
 * 29 February child turns older on 1 March in a common year) — the rule of `ageAt`.
 */
export function ageOn(person: SimPerson, day: number): number {
  const { year, monthDay } = calendarOf(day);
  return year - person.life.birthYear - (monthDay < person.life.birthMonthDay ? 1 : 0);
}
