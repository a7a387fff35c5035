/**
 * Western / non-Western, by Statistics Denmark's country grouping in `data/western.json`.
 * Stateless (XS), unknown (XX) and every unlisted code are non-Western.
 */
import { WESTERN_CODES } from './country-data.ts';
import type { CountryCode, OriginRegion } from './types.ts';

/**
 * Whether a country is Western in Statistics Denmark's sense.
 *
 * @example isWestern('NO') // true
 * @example isWestern('TR') // false
 */
export function isWestern(code: CountryCode): boolean {
  return WESTERN_CODES.has(code);
}

/**
 * The origin region of a country: 'vestlig' or 'ikke_vestlig' (also for XS and XX).
 *
 * @example regionOf('SY') // 'ikke_vestlig'
 */
export function regionOf(code: CountryCode): OriginRegion {
  return WESTERN_CODES.has(code) ? 'vestlig' : 'ikke_vestlig';
}
