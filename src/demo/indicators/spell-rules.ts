/**
 * The yearly hazards behind the spell-shaped indicators. Levels are invented but plausible for a
 * Danish municipality; the gaps move the way the brief asks: the self-support gap narrows, home
 * care is lower in the (younger) target group but similar age for age, child-welfare measures are
 * somewhat more frequent in the target group and slowly converge.
 */
import type { Profile, SimPerson } from '../person.ts';
import type { SpellRule } from './spell-simulation.ts';
import { ageOn, byProfile, sinceStart } from './rates.ts';

const adultFrom = (p: SimPerson): number => p.life.day18;
const childUntil = (p: SimPerson): number => p.life.day18 - 1;

/** Yearly probability of leaving benefits for self-support, by profile and year. */
export function selfSupportRate(profile: Profile, year: number): number {
  return byProfile(profile, 0.48, 0.42, 0.45, 0.22 + 0.016 * sinceStart(year));
}

const OTHER_END_RATE = 0.06;
const SELF_SUPPORT_REASONS = { job: 0.55, uddannelse: 0.28, selvforsoergelse: 0.17 };

export const BENEFIT_RULE: SpellRule = {
  eligibleFrom: adultFrom,
  eligibleTo: (p) => p.life.day65 - 1,
  startRate: (p, year) => byProfile(p.profile, 0.03, 0.05, 0.04, 0.09 - 0.002 * sinceStart(year)) * (p.refugee ? 1.3 : 1),
  endRate: (p, year) => selfSupportRate(p.profile, year) + OTHER_END_RATE,
  startTag: () => '',
  endTag: (town, p, year) => {
    const self = selfSupportRate(p.profile, year);
    const r = town.random;
    if (r.chance(OTHER_END_RATE / (self + OTHER_END_RATE))) return r.chance(0.3) ? 'pension' : 'andet';
    return r.weighted(SELF_SUPPORT_REASONS);
  },
  agedOutTag: 'pension',
};

export const SOCIALPSYKIATRI_RULE: SpellRule = {
  eligibleFrom: adultFrom,
  eligibleTo: () => null,
  startRate: (p) => byProfile(p.profile, 0.005, 0.006, 0.004, 0.006),
  endRate: () => 0.25,
  startTag: () => '',
  endTag: () => '',
  agedOutTag: '',
};

function homeCareByAge(age: number): number {
  if (age < 65) return 0.001;
  if (age < 75) return 0.015;
  if (age < 85) return 0.06;
  return 0.2;
}

export const HJEMMEPLEJE_RULE: SpellRule = {
  eligibleFrom: (p) => p.birthDay,
  eligibleTo: () => null,
  startRate: (p, _year, day) => homeCareByAge(ageOn(p, day)) * (p.profile === 'non_western' ? 1.15 : 1),
  endRate: () => 0.25,
  startTag: () => '',
  endTag: () => '',
  agedOutTag: '',
};

export const KONTAKTPERSON_RULE: SpellRule = {
  eligibleFrom: (p) => p.birthDay,
  eligibleTo: childUntil,
  startRate: (p, year) => byProfile(p.profile, 0.01, 0.014, 0.012, 0.02 - 0.0006 * sinceStart(year)),
  endRate: () => 0.5,
  startTag: (town, p, day) => (town.random.chance(ageOn(p, day) < 6 ? 0.2 : 0.65) ? 'child' : 'family'),
  endTag: () => '',
  agedOutTag: '',
};

export const ANBRINGELSE_RULE: SpellRule = {
  eligibleFrom: (p) => p.birthDay,
  eligibleTo: childUntil,
  startRate: (p) => byProfile(p.profile, 0.003, 0.004, 0.004, 0.005),
  endRate: () => 0.15,
  startTag: () => '',
  endTag: () => '',
  agedOutTag: '',
};
