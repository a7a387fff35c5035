/**
 * Making residents: adults of a given origin, and children whose origin follows from their
 * parents by Statistics Denmark's rules (so that the product's classifier, reading only the
 * extract, arrives at the same answer as the simulation).
 */
import type { OriginGroup } from '../origin/types.ts';
import { isWestern } from '../origin/index.ts';
import { type DemoCountry, spell } from './countries.ts';
import { dayOf, lifeDates } from './days.ts';
import type { ParentFacts, ParentRef, Profile, SimPerson } from './person.ts';
import type { Town } from './town.ts';

export type AdultOrigin = 'danish' | 'immigrant' | 'descendant';

export interface AdultSpec {
  origin: AdultOrigin;
  /** Immigrant: country of birth; descendant: the parents' country; danish: DK. */
  country: DemoCountry;
  /** Age on 31 December of `year`. */
  age: number;
  sex: 'M' | 'K';
  refugee: boolean;
  /** Immigrants: year of arrival in Denmark. */
  arrivalYear: number | null;
  /** The year the person is created in (their age is measured at its end). */
  year: number;
  area: string;
  household: number;
  inDay: number;
}

/** The outcome profile of a person of this origin. */
export function profileOf(originGroup: OriginGroup, originCountry: DemoCountry, third: boolean, refugee: boolean): Profile {
  if (third) return 'third';
  if (originGroup === 'dansk_oprindelse') return 'danish';
  return isWestern(originCountry) && !refugee ? 'western' : 'non_western';
}

/** Facts about a parent who never lived here, described by country and citizenship. */
export function outsideParent(town: Town, facts: ParentFacts, withId: boolean): ParentRef {
  return {
    id: withId ? town.newId() : null,
    index: null,
    birthText: spell(town.random, facts.birthCountry),
    citizenshipText: spell(town.random, facts.citizenship),
    facts,
  };
}

function foreignParentFacts(country: DemoCountry, naturalised: boolean): ParentFacts {
  const citizenship = naturalised ? 'DK' : country;
  return { birthCountry: country, citizenship, originGroup: 'indvandrer', originCountry: country, refugee: false };
}

const DANISH_FACTS: ParentFacts = {
  birthCountry: 'DK',
  citizenship: 'DK',
  originGroup: 'dansk_oprindelse',
  originCountry: 'DK',
  refugee: false,
};

function adultParents(town: Town, spec: AdultSpec): [ParentRef | null, ParentRef | null] {
  const r = town.random;
  if (spec.origin === 'danish') {
    if (r.chance(spec.age > 75 ? 0.3 : 0.03)) return [null, null];
    const father = r.chance(0.04) ? null : outsideParent(town, DANISH_FACTS, false);
    return [outsideParent(town, DANISH_FACTS, false), father];
  }
  if (spec.origin === 'immigrant' && r.chance(0.15)) return [null, null];
  const naturalised = spec.origin === 'descendant' && r.chance(0.3);
  return [
    outsideParent(town, foreignParentFacts(spec.country, naturalised), false),
    outsideParent(town, foreignParentFacts(spec.country, naturalised && r.chance(0.8)), false),
  ];
}

function adultCitizenship(town: Town, spec: AdultSpec): DemoCountry {
  if (spec.origin === 'danish') return 'DK';
  if (spec.origin === 'descendant') return town.random.chance(0.65) ? 'DK' : spec.country;
  const years = spec.year - (spec.arrivalYear ?? spec.year);
  const naturalise = years > 9 ? (isWestern(spec.country) ? 0.15 : 0.45) : 0;
  return town.random.chance(naturalise) ? 'DK' : spec.country;
}

/** A new adult resident of the given origin. */
export function newAdult(town: Town, spec: AdultSpec): SimPerson {
  const r = town.random;
  const birthDay = dayOf(spec.year, 12, 31) - Math.floor((spec.age + r.next()) * 365.25);
  const birthCountry: DemoCountry = spec.origin === 'immigrant' ? spec.country : 'DK';
  const citizenship = adultCitizenship(town, spec);
  const originGroup: OriginGroup = spec.origin === 'danish' ? 'dansk_oprindelse' : spec.origin === 'immigrant' ? 'indvandrer' : 'efterkommer';
  const [mother, father] = adultParents(town, spec);
  return town.addPerson({
    index: town.persons.length,
    id: town.newId(),
    birthDay,
    life: lifeDates(birthDay),
    sex: spec.sex,
    birthCountry,
    citizenship,
    birthText: spell(r, birthCountry),
    citizenshipText: spell(r, citizenship),
    originGroup,
    originCountry: spec.country,
    thirdGeneration: false,
    refugee: spec.refugee,
    profile: profileOf(originGroup, spec.country, false, spec.refugee),
    mother,
    father,
    linkOnly: false,
    household: spec.household,
    area: spec.area,
    arrivalYear: spec.origin === 'immigrant' ? spec.arrivalYear : null,
    inDay: spec.inDay,
    outDay: null,
  });
}
