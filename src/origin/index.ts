/**
 * Public surface of `origin/`: Statistics Denmark's origin rules, the country data and the
 * target / comparison / other assignment. Pure: no I/O, no clock.
 */
export { type GroupInput, assignGroup } from './assign-group.ts';
export { classifyOrigin } from './classify-origin.ts';
export { type PersonClassification, classifyPerson } from './classify-person.ts';
export {
  type Country,
  COUNTRIES,
  COUNTRIES_SOURCE,
  COUNTRY_BY_CODE,
  WESTERN_CODES,
  WESTERN_SOURCE,
} from './country-data.ts';
export { countryName } from './country-name.ts';
export {
  DATA_QUALITY_FLAGS,
  type DataQualityFlag,
  type OriginResult,
  type ParentFacts,
  type PersonOriginFacts,
} from './facts.ts';
export { type Generation, GENERATIONS, generationOf } from './generation.ts';
export { normaliseCountryText } from './normalise-country-text.ts';
export { originCountryOf } from './origin-country.ts';
export { isBornInDenmark, originGroupOf } from './origin-group.ts';
export { isDanishCitizenBornInDenmark, isKnownCountry, isParentKnown } from './parent-rules.ts';
export {
  PARENT_STATUSES,
  type ParentFromRegister,
  type ParentStatus,
  type ParentStatusProblem,
  parentFromRegister,
} from './parent-status.ts';
export { isWestern, regionOf } from './region.ts';
export {
  isMenapt,
  MENAPT_CODES,
  MENAPT_PARTS,
  REGION_MENAPT_CODES,
  REGION_MENAPT_PARTS,
  regionMenaptOf,
  MENAPT_SOURCE,
  regionDataProblems,
  REGIONS_SOURCE,
  WORLD_REGION_NAMES,
  WORLD_REGIONS,
  type WorldRegion,
  worldRegionOf,
} from './world-region.ts';
export { type CountryResolution, countryCodeOf, resolveCountry } from './resolve-country.ts';
export { descendantParentOf } from './third-generation.ts';
export * from './types.ts';
export { DANISH_GROUP_WORDS, DATA_QUALITY_WORDS, groupWordList, parseGroupWord } from './group-words.ts';
