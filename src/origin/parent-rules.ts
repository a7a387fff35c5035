/**
 * Small predicates over a parent's facts that several origin rules share: is the parent known,
 * is the parent `dk(p)` (a Danish citizen born in Denmark), and which country does the parent
 * stand for.
 */
import type { ParentFacts } from './facts.ts';
import { type CountryCode, SPECIAL_COUNTRY } from './types.ts';

const DENMARK = 'DK';
const UNKNOWN = SPECIAL_COUNTRY.unknown;

/** Whether a code carries information: not null and not 'XX'. Stateless ('XS') is known. */
export function isKnownCountry(code: CountryCode | null | undefined): code is CountryCode {
  return code != null && code !== UNKNOWN;
}

/** A parent is known when the parent is present with a known birth country or citizenship. */
export function isParentKnown(parent: ParentFacts | null): parent is ParentFacts {
  return parent !== null && (isKnownCountry(parent.birthCountry) || isKnownCountry(parent.citizenship));
}

/** `dk(p)`: the parent is a Danish citizen and born in Denmark (both must be known). */
export function isDanishCitizenBornInDenmark(parent: ParentFacts | null): boolean {
  return parent !== null && parent.birthCountry === DENMARK && parent.citizenship === DENMARK;
}

/**
 * The country a parent gives a child: the parent's birth country or, if the parent was born in
 * Denmark, the parent's citizenship; 'XX' where the needed fact is unknown.
 */
export function countryFromParent(parent: ParentFacts): CountryCode {
  const birth = parent.birthCountry;
  if (birth === DENMARK) return isKnownCountry(parent.citizenship) ? parent.citizenship : UNKNOWN;
  return isKnownCountry(birth) ? birth : UNKNOWN;
}
