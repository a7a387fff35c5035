/**
 * One year of population change: deaths, households moving away, young adults leaving home,
 * births, and households moving in so that the municipality keeps roughly its size while slowly
 * growing more diverse (the 2015–16 refugee wave and the 2022 arrivals from Ukraine included).
 */
import { yearBounds } from './days.ts';
import { newChild } from './children.ts';
import { type HouseholdKind, settleHousehold } from './households.ts';
import { isConcentrated } from './areas.ts';
import { ageOn, type Household, type SimPerson } from './person.ts';
import type { Town } from './town.ts';

/** Yearly probability of dying at a given age (a Gompertz curve near Danish levels). */
export function mortality(age: number): number {
  return Math.min(0.5, 0.00002 * Math.exp(0.1 * age) + (age === 0 ? 0.003 : 0));
}

const FERTILITY: readonly [number, number, number][] = [
  [18, 24, 0.04],
  [25, 29, 0.12],
  [30, 34, 0.13],
  [35, 39, 0.06],
  [40, 45, 0.012],
];

function fertility(age: number): number {
  return FERTILITY.find(([from, to]) => age >= from && age <= to)?.[2] ?? 0;
}

function randomDay(town: Town, first: number, last: number): number {
  return town.random.int(first, Math.max(first, last));
}

function deaths(town: Town, year: number): void {
  const { first, last } = yearBounds(year);
  for (const person of town.residentsDuring(first, first)) {
    if (town.random.chance(mortality(ageOn(person, first)))) town.leave(person, randomDay(town, first, last));
  }
}

function members(household: Household): number[] {
  return [...household.adults, ...household.children];
}

function moveAway(town: Town, household: Household, day: number): void {
  for (const index of members(household)) town.leave(town.person(index), day);
}

/** Yearly probability that a household moves away: young households move most, Western migrants often return. */
function outMigrationRate(town: Town, household: Household, head: SimPerson, day: number): number {
  let youngest = Number.POSITIVE_INFINITY;
  for (const index of household.adults) youngest = Math.min(youngest, ageOn(town.person(index), day));
  const base = youngest < 30 ? 0.08 : youngest < 45 ? 0.045 : youngest < 65 ? 0.025 : 0.015;
  if (head.profile === 'western') return base * 1.8;
  return head.profile === 'non_western' && isConcentrated(household.area) ? base * 1.2 : base;
}

function outMigration(town: Town, year: number): void {
  const { first, last } = yearBounds(year);
  for (const household of town.households) {
    const head = household.adults[0];
    if (head === undefined) {
      if (household.children.length > 0) moveAway(town, household, randomDay(town, first, last));
      continue;
    }
    if (town.random.chance(outMigrationRate(town, household, town.person(head), first))) {
      moveAway(town, household, randomDay(town, first, last));
      continue;
    }
    for (const index of [...household.children]) {
      const child = town.person(index);
      const age = ageOn(child, first);
      if (age >= 18 && town.random.chance(age >= 25 ? 0.5 : 0.12)) town.leave(child, randomDay(town, first, last));
    }
  }
}

function births(town: Town, year: number): void {
  const { first, last } = yearBounds(year);
  const count = town.households.length;
  for (let h = 0; h < count; h += 1) {
    const household = town.households[h] as Household;
    const adults = household.adults.map((i) => town.person(i));
    const mother = adults.find((a) => a.sex === 'K');
    if (mother === undefined) continue;
    const father = adults.find((a) => a.sex === 'M') ?? null;
    const rate = fertility(ageOn(mother, first)) * (father === null ? 0.15 : 1) * (mother.profile === 'non_western' ? 1.3 : 1);
    if (!town.random.chance(rate)) continue;
    const birthDay = randomDay(town, Math.max(first, mother.inDay), last);
    const child = newChild(town, { mother, father, birthDay, bornIn: 'DK', inDay: birthDay, household: household.id, area: household.area });
    household.children.push(child.index);
  }
}

/** The share of arriving persons by household background, per year. */
export function arrivalMix(year: number): Readonly<Record<HouseholdKind, number>> {
  const nonWestern = year <= 2015 ? 0.3 : year === 2016 ? 0.25 : year === 2022 ? 0.3 : year >= 2023 ? 0.18 : 0.15;
  return { non_western: nonWestern, descendant: 0.03, western: 0.12, mixed: 0.02, danish: 0.83 - nonWestern };
}

function arrivals(town: Town, year: number, target: number): void {
  const { first, last } = yearBounds(year);
  let missing = target - town.residentsDuring(last, last).length;
  const mix = arrivalMix(year);
  while (missing > 0) {
    const kind = town.random.weighted(mix);
    missing -= settleHousehold(town, kind, { year, inDay: randomDay(town, first, last), arriving: true });
  }
}

/**
 * Moves the town through `year`: deaths, departures, births, then arrivals up to `target`
 * residents on 31 December.
 */
export function simulateYear(town: Town, year: number, target: number): void {
  deaths(town, year);
  outMigration(town, year);
  births(town, year);
  arrivals(town, year, target);
}
