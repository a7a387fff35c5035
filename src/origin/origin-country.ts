/**
 * Statistics Denmark's country of origin (DATA.md §1): the mother's birth country, or her
 * citizenship if she was born in Denmark; if the mother is unknown, the same for the father; with
 * no parent known, the person's own birth country (immigrants) or citizenship (descendants).
 * Persons of Danish origin have 'DK'. Children of descendants take the descendant parent's origin
 * country instead (see `third-generation.ts`). Missing facts give 'XX'.
 */
import type { ParentFacts, PersonOriginFacts } from './facts.ts';
import { countryFromParent, isKnownCountry, isParentKnown } from './parent-rules.ts';
import { type CountryCode, type OriginGroup, SPECIAL_COUNTRY } from './types.ts';

/**
 * The origin country by the ordinary rule, given the person's origin group.
 *
 * @example originCountryOf({ birthCountry: 'DK', citizenship: 'DK',
 *   mother: { birthCountry: 'DK', citizenship: 'TR', originGroup: null }, father: null },
 *   'efterkommer') // 'TR'
 */
export function originCountryOf(person: PersonOriginFacts, group: OriginGroup): CountryCode {
  if (group === 'dansk_oprindelse') return 'DK';
  const { mother, father } = person;
  if (isParentKnown(mother)) return countryFromParent(mother);
  if (isParentKnown(father)) return countryFromParent(father);
  const own = group === 'indvandrer' ? person.birthCountry : person.citizenship;
  return isKnownCountry(own) ? own : SPECIAL_COUNTRY.unknown;
}

/**
 * The origin country a descendant parent passes to a child of descendants: the parent's own
 * origin country where given, else derived from the parent's facts (`supplied` says which).
 */
export function originCountryFromDescendant(parent: ParentFacts): { code: CountryCode; supplied: boolean } {
  const own = parent.originCountry;
  if (own != null) return { code: own, supplied: true };
  return { code: countryFromParent(parent), supplied: false };
}
