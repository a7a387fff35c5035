/**
 * What the origin rules take in (a person's and the parents' register facts) and give back.
 * Countries are already resolved to codes here (see `resolveCountry`); null and 'XX' both mean
 * "not known".
 */
import type { CountryCode, OriginGroup, OriginRegion } from './types.ts';

/**
 * One parent's facts. A `null` parent (in `PersonOriginFacts`) is an unknown parent. A parent
 * counts as *known* when at least its birth country or its citizenship is known.
 */
export interface ParentFacts {
  readonly birthCountry: CountryCode | null;
  readonly citizenship: CountryCode | null;
  /** The parent's own origin group, when the parent's row or an origin column gives it. */
  readonly originGroup: OriginGroup | null;
  /**
   * The parent's own origin country, when known. Used when the parent is the descendant from
   * whom a child of descendants takes its origin country.
   */
  readonly originCountry?: CountryCode | null;
  /** Whether the parent is itself a child of descendants. Carried for callers; the rules do not use it. */
  readonly thirdGeneration?: boolean;
}

/** A person's own facts and the two parents (null = unknown parent). */
export interface PersonOriginFacts {
  readonly birthCountry: CountryCode | null;
  readonly citizenship: CountryCode | null;
  readonly mother: ParentFacts | null;
  readonly father: ParentFacts | null;
}

/** Data-quality notes the caller must count and report. */
export const DATA_QUALITY_FLAGS = [
  /** The origin country is 'XX' (non-Western by definition). */
  'origin_country_unknown',
  /** The origin country is 'XS' (non-Western by definition). */
  'origin_country_stateless',
  /** Neither parent is known; the person was classified by their own facts. */
  'no_parent_known',
  /** The person's own birth country was needed and unknown; treated as born abroad. */
  'birth_country_unknown',
  /** The person's own citizenship was needed and unknown; treated as not foreign. */
  'citizenship_unknown',
  /** A child of descendants whose descendant parent had no origin country; derived from the parent's facts. */
  'parent_origin_country_missing',
] as const;
export type DataQualityFlag = (typeof DATA_QUALITY_FLAGS)[number];

/** A person's origin, as Statistics Denmark would classify it. */
export interface OriginResult {
  readonly originGroup: OriginGroup;
  readonly originCountry: CountryCode;
  readonly originRegion: OriginRegion;
  /** A child of descendants (the memo's third generation). */
  readonly thirdGeneration: boolean;
  readonly dataQuality: readonly DataQualityFlag[];
}
