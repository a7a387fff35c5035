/**
 * The one place that turns a person's register facts into an origin: group, country, region,
 * third-generation flag and the data-quality notes the caller must count.
 */
import type { DataQualityFlag, OriginResult, PersonOriginFacts } from './facts.ts';
import { isBornInDenmark, originGroupOf } from './origin-group.ts';
import { originCountryFromDescendant, originCountryOf } from './origin-country.ts';
import { isKnownCountry, isParentKnown } from './parent-rules.ts';
import { regionOf } from './region.ts';
import { descendantParentOf } from './third-generation.ts';
import { type CountryCode, type OriginGroup, SPECIAL_COUNTRY } from './types.ts';

const NO_FLAGS: readonly DataQualityFlag[] = Object.freeze([]);

/**
 * Classifies a person's origin following Statistics Denmark (DATA.md §1).
 *
 * @example classifyOrigin({ birthCountry: 'SY', citizenship: 'SY', mother: null, father: null })
 *   // { originGroup: 'indvandrer', originCountry: 'SY', originRegion: 'ikke_vestlig',
 *   //   thirdGeneration: false, dataQuality: ['no_parent_known'] }
 */
export function classifyOrigin(person: PersonOriginFacts): OriginResult {
  const originGroup = originGroupOf(person);
  const descendant = descendantParentOf(person);
  let originCountry: CountryCode;
  let parentOriginMissing = false;
  if (descendant === null) {
    originCountry = originCountryOf(person, originGroup);
  } else {
    const passed = originCountryFromDescendant(descendant);
    originCountry = passed.code;
    parentOriginMissing = !passed.supplied;
  }
  return {
    originGroup,
    originCountry,
    originRegion: regionOf(originCountry),
    thirdGeneration: descendant !== null,
    dataQuality: flagsFor(person, originGroup, originCountry, parentOriginMissing),
  };
}

function flagsFor(person: PersonOriginFacts, group: OriginGroup, originCountry: CountryCode, parentOriginMissing: boolean): readonly DataQualityFlag[] {
  let flags: DataQualityFlag[] | null = null;
  if (originCountry === SPECIAL_COUNTRY.unknown) flags = withFlag(flags, 'origin_country_unknown');
  if (originCountry === SPECIAL_COUNTRY.stateless) flags = withFlag(flags, 'origin_country_stateless');
  const noParent = !isParentKnown(person.mother) && !isParentKnown(person.father);
  if (noParent) flags = withFlag(flags, 'no_parent_known');
  // The own birth country matters unless a dk(p) parent already made the person of Danish origin.
  if (group !== 'dansk_oprindelse' && !isKnownCountry(person.birthCountry)) {
    flags = withFlag(flags, 'birth_country_unknown');
  }
  if (noParent && isBornInDenmark(person) && !isKnownCountry(person.citizenship)) {
    flags = withFlag(flags, 'citizenship_unknown');
  }
  if (parentOriginMissing) flags = withFlag(flags, 'parent_origin_country_missing');
  return flags ?? NO_FLAGS;
}

/** Appends a flag, allocating the array only for the (few) persons who have one. */
function withFlag(flags: DataQualityFlag[] | null, flag: DataQualityFlag): DataQualityFlag[] {
  if (flags === null) return [flag];
  flags.push(flag);
  return flags;
}
