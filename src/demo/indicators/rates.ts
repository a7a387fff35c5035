/**
 * Small helpers shared by the indicator simulations: choosing a rate by outcome profile and the
 * number of years since the demo's first year.
 */
import type { Profile } from '../person.ts';

export { ageOn } from '../person.ts';

/** The demo's first year; trends are written as functions of the years since. */
export const FIRST_DEMO_YEAR = 2015;

/** Years since 2015 (0 in 2015, 10 in 2025). */
export function sinceStart(year: number): number {
  return year - FIRST_DEMO_YEAR;
}

/**
 * The value for a profile, given in the fixed order danish, third, western, non_western
 * (positional rather than an object: rates are looked up millions of times).
 */
export function byProfile(profile: Profile, danish: number, third: number, western: number, nonWestern: number): number {
  switch (profile) {
    case 'danish':
      return danish;
    case 'third':
      return third;
    case 'western':
      return western;
    case 'non_western':
      return nonWestern;
  }
}

/** `value` kept within [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
