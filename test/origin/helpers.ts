/** Small builders for origin facts, so that golden cases read like the rule tables. */
import type { CountryCode, OriginGroup, ParentFacts, PersonOriginFacts } from '../../src/origin/index.ts';

/** A parent: birth country, citizenship, and optionally own origin group and origin country. */
export function parent(
  birthCountry: CountryCode | null,
  citizenship: CountryCode | null,
  originGroup: OriginGroup | null = null,
  originCountry?: CountryCode | null,
): ParentFacts {
  return originCountry === undefined ? { birthCountry, citizenship, originGroup } : { birthCountry, citizenship, originGroup, originCountry };
}

/** A person: own birth country and citizenship, mother, father (null = unknown parent). */
export function person(
  birthCountry: CountryCode | null,
  citizenship: CountryCode | null,
  mother: ParentFacts | null = null,
  father: ParentFacts | null = null,
): PersonOriginFacts {
  return { birthCountry, citizenship, mother, father };
}

/** `dk(p)`: a Danish citizen born in Denmark, origin group not given. */
export const DANE = parent('DK', 'DK');
