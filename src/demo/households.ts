/**
 * Households of each background: who lives together, at what ages, with which children. A
 * household is placed in one housing area; its children link to the resident parents by id.
 */
import { chooseArea, type Mover } from './areas.ts';
import {
  ARRIVAL_YEARS,
  arrivingNonWestern,
  type DemoCountry,
  DESCENDANT_ORIGINS,
  type NonWesternCountry,
  REFUGEE_SHARE,
  SETTLED_NON_WESTERN,
  type WesternCountry,
  WESTERN_WEIGHTS,
} from './countries.ts';
import { dayOf } from './days.ts';
import { newChild } from './children.ts';
import type { Household, SimPerson } from './person.ts';
import { type AdultOrigin, newAdult } from './people.ts';
import type { Town } from './town.ts';

export type HouseholdKind = 'danish' | 'western' | 'non_western' | 'descendant' | 'mixed';

/** When and how a household comes to live here. */
export interface Settling {
  /** The year; ages are measured at its end. */
  year: number;
  /** First day of residence. */
  inDay: number;
  /** True for households that arrive during the simulation (not the 2014 population). */
  arriving: boolean;
}

type Shape = 'single' | 'couple' | 'family' | 'single_parent';

interface Partner {
  origin: AdultOrigin;
  country: DemoCountry;
  refugee: boolean;
  arrivalYear: number | null;
}

interface Ctx {
  town: Town;
  household: Household;
  settling: Settling;
}

function addAdult(ctx: Ctx, partner: Partner, age: number, sex: 'M' | 'K'): SimPerson {
  const { town, household, settling } = ctx;
  const person = newAdult(town, {
    ...partner,
    age,
    sex,
    year: settling.year,
    area: household.area,
    household: household.id,
    inDay: settling.inDay,
  });
  household.adults.push(person.index);
  return person;
}

const CHILD_COUNT = { 1: 0.4, 2: 0.45, 3: 0.15 };

/**
 * One to three children around a middle age (siblings 1–4 years apart, older and younger in
 * turn), within the ages the mother's age allows, so that every child cohort is about as large.
 */
function addChildren(ctx: Ctx, mother: SimPerson | null, father: SimPerson | null, motherAge: number, middleAge: number | null): void {
  const r = ctx.town.random;
  const count = Number(r.weighted(CHILD_COUNT));
  const low = Math.max(0, motherAge - 42);
  const high = Math.min(motherAge - 20, 18);
  if (high < low) return;
  const parent = mother ?? father;
  if (parent === null) return;
  const middle = middleAge ?? r.int(low, high);
  for (let i = 0; i < count; i += 1) {
    const step = Math.ceil(i / 2) * r.int(1, 4);
    const age = i % 2 === 1 ? middle + step : middle - step;
    if (age < low || age > high) continue;
    const born = dayOf(ctx.settling.year, 12, 31) - Math.floor((age + r.next()) * 365.25);
    // Children of arriving households were born before the move; the 2014 residents' before 2015.
    const birthDay = ctx.settling.arriving ? Math.min(born, ctx.settling.inDay) : born;
    const bornAbroad = parent.arrivalYear !== null && birthDay < dayOf(parent.arrivalYear, 1, 1) + r.int(0, 364);
    const child = newChild(ctx.town, {
      mother,
      father,
      birthDay,
      bornIn: bornAbroad ? parent.birthCountry : 'DK',
      inDay: Math.max(ctx.settling.inDay, birthDay),
      household: ctx.household.id,
      area: ctx.household.area,
    });
    ctx.household.children.push(child.index);
  }
}

const SINGLE_AGES: Readonly<Record<string, number>> = { '20-29': 0.22, '30-49': 0.2, '50-64': 0.18, '65-79': 0.22, '80-99': 0.18 };
const COUPLE_AGES: Readonly<Record<string, number>> = { '25-34': 0.1, '35-49': 0.1, '50-64': 0.3, '65-79': 0.35, '80-95': 0.15 };

function adultAge(ctx: Ctx, shape: Shape): number {
  const r = ctx.town.random;
  if (shape === 'family' || shape === 'single_parent') return r.int(24, 52);
  const band = r.weighted(shape === 'single' ? SINGLE_AGES : COUPLE_AGES);
  const dash = band.indexOf('-');
  return r.int(Number(band.slice(0, dash)), Number(band.slice(dash + 1)));
}

/**
 * Adds one or two adults (and children, for families) of the given backgrounds. Without a given
 * age, a parent's age follows from children around any age 0–18, so that child cohorts are
 * about equally large.
 */
function populate(ctx: Ctx, shape: Shape, first: Partner, second: () => Partner, givenAge?: number): void {
  const r = ctx.town.random;
  const parenting = shape === 'family' || shape === 'single_parent';
  const middle = parenting && givenAge === undefined ? r.int(0, 18) : null;
  const firstAge = givenAge ?? (middle === null ? adultAge(ctx, shape) : Math.min(18, middle + 4) + r.int(22, 34));
  const partnerAge = Math.max(18, firstAge + r.int(-3, 4));
  if (shape === 'single') {
    addAdult(ctx, first, firstAge, r.chance(0.5) ? 'M' : 'K');
    return;
  }
  if (shape === 'single_parent') {
    const mother = r.chance(0.85);
    const parent = addAdult(ctx, first, firstAge, mother ? 'K' : 'M');
    addChildren(ctx, mother ? parent : null, mother ? null : parent, firstAge, middle);
    return;
  }
  const mother = addAdult(ctx, first, firstAge, 'K');
  const father = addAdult(ctx, second(), partnerAge, 'M');
  if (shape === 'family') addChildren(ctx, mother, father, firstAge, middle);
}

const NON_WESTERN_SHAPES: Readonly<Record<Shape, number>> = { single: 0.25, couple: 0.18, family: 0.5, single_parent: 0.07 };
const WESTERN_SHAPES: Readonly<Record<Shape, number>> = { single: 0.45, couple: 0.25, family: 0.3, single_parent: 0 };
const DESCENDANT_SHAPES: Readonly<Record<Shape, number>> = { single: 0.3, couple: 0.12, family: 0.58, single_parent: 0 };
const DANISH_SHAPES: Readonly<Record<Shape, number>> = { single: 0.36, couple: 0.34, family: 0.24, single_parent: 0.06 };

const DANISH: Partner = { origin: 'danish', country: 'DK', refugee: false, arrivalYear: null };

function arrivalYear(ctx: Ctx, range: readonly [number, number]): number {
  const { year, arriving } = ctx.settling;
  const r = ctx.town.random;
  if (!arriving) return r.int(range[0], Math.min(range[1], year));
  const earliest = Math.max(range[0], year - 15);
  return r.chance(0.5) || earliest > year - 1 ? year : r.int(earliest, year - 1);
}

function immigrant(ctx: Ctx, country: NonWesternCountry | WesternCountry, refugee: boolean): Partner {
  const range = (ARRIVAL_YEARS as Record<string, readonly [number, number]>)[country] ?? [1990, 2014];
  return { origin: 'immigrant', country, refugee, arrivalYear: arrivalYear(ctx, range) };
}

function immigrantAge(ctx: Ctx, partner: Partner, shape: Shape): number {
  const r = ctx.town.random;
  const atArrival = shape === 'family' || shape === 'single_parent' ? r.int(22, 38) : r.int(18, 45);
  return Math.min(95, atArrival + ctx.settling.year - (partner.arrivalYear ?? ctx.settling.year));
}

function nonWestern(ctx: Ctx): void {
  const r = ctx.town.random;
  const weights = ctx.settling.arriving ? arrivingNonWestern(ctx.settling.year) : SETTLED_NON_WESTERN;
  const country = r.weighted(weights as Record<NonWesternCountry, number>);
  // Ukrainians arriving from 2022 are displaced persons in the integration programme.
  const refugee = r.chance(country === 'UA' && ctx.settling.year >= 2022 ? 0.9 : REFUGEE_SHARE[country]);
  const shape = r.weighted(NON_WESTERN_SHAPES);
  const first = immigrant(ctx, country, refugee);
  const partner = (): Partner => ({ ...first, arrivalYear: Math.min(ctx.settling.year, (first.arrivalYear ?? 0) + r.int(0, 2)) });
  populate(ctx, shape, first, partner, immigrantAge(ctx, first, shape));
}

function western(ctx: Ctx): void {
  const r = ctx.town.random;
  const country = r.weighted(WESTERN_WEIGHTS);
  const shape = r.weighted(WESTERN_SHAPES);
  const first = immigrant(ctx, country, false);
  const partner = (): Partner => (r.chance(0.6) ? first : DANISH);
  populate(ctx, shape, first, partner, immigrantAge(ctx, first, shape));
}

function descendant(ctx: Ctx): void {
  const r = ctx.town.random;
  const country = r.weighted(DESCENDANT_ORIGINS as Record<NonWesternCountry, number>);
  const firstBirthYear = Math.max(ARRIVAL_YEARS[country][0] + 1, 1970);
  const lastBirthYear = ctx.settling.year - 20;
  const age = ctx.settling.year - r.int(firstBirthYear, Math.max(firstBirthYear, lastBirthYear));
  const first: Partner = { origin: 'descendant', country, refugee: false, arrivalYear: null };
  const shape = r.weighted(DESCENDANT_SHAPES);
  const partner = (): Partner => {
    const roll = r.next();
    if (roll < 0.4) return first;
    if (roll < 0.85) return { origin: 'immigrant', country, refugee: false, arrivalYear: ctx.settling.year - r.int(0, Math.max(0, age - 20)) };
    return DANISH;
  };
  populate(ctx, shape, first, partner, Math.max(20, age));
}

function mixed(ctx: Ctx): void {
  const r = ctx.town.random;
  const country = r.weighted(SETTLED_NON_WESTERN);
  const spouse = { ...immigrant(ctx, country, false), arrivalYear: ctx.settling.year - r.int(0, 15) };
  populate(ctx, r.chance(0.7) ? 'family' : 'couple', DANISH, () => spouse);
}

function danish(ctx: Ctx): void {
  const shape = ctx.town.random.weighted(DANISH_SHAPES);
  populate(ctx, shape, DANISH, () => DANISH);
}

const MOVER: Readonly<Record<HouseholdKind, Mover>> = {
  danish: 'danish',
  mixed: 'danish',
  western: 'western',
  non_western: 'non_western',
  descendant: 'non_western',
};

const BUILD: Readonly<Record<HouseholdKind, (ctx: Ctx) => void>> = {
  danish,
  western,
  non_western: nonWestern,
  descendant,
  mixed,
};

/** Creates one household of `kind`; returns the number of persons in it. */
export function settleHousehold(town: Town, kind: HouseholdKind, settling: Settling): number {
  const household = town.newHousehold(chooseArea(town.random, MOVER[kind], settling.year));
  BUILD[kind]({ town, household, settling });
  return household.adults.length + household.children.length;
}
