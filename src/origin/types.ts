/**
 * Vocabulary of Statistics Denmark's origin (herkomst) classification and of the memo's
 * target / comparison groups. Shared by every layer; the rules live in `origin-group.ts`,
 * `origin-country.ts`, `third-generation.ts`, `classify-origin.ts` and `assign-group.ts`.
 */

/** ISO 3166-1 alpha-2 code, or one of the two special codes in `SPECIAL_COUNTRY`. */
export type CountryCode = string;

/** Codes for the two non-countries a register can hold (ICAO Doc 9303 uses XXA / XXX). */
export const SPECIAL_COUNTRY = { stateless: 'XS', unknown: 'XX' } as const;

export const ORIGIN_GROUPS = ['dansk_oprindelse', 'indvandrer', 'efterkommer'] as const;
export type OriginGroup = (typeof ORIGIN_GROUPS)[number];

export const ORIGIN_REGIONS = ['vestlig', 'ikke_vestlig'] as const;
export type OriginRegion = (typeof ORIGIN_REGIONS)[number];

/** How the target group is defined: by origin (default) or the citizenship fallback. */
export const DEFINITIONS = ['origin', 'citizenship'] as const;
export type Definition = (typeof DEFINITIONS)[number];

/** The groups an indicator compares. `total` appears only in aggregated deliveries. */
export const GROUPS = ['target', 'comparison', 'other'] as const;
export type Group = (typeof GROUPS)[number];
export const DELIVERY_GROUPS = ['target', 'comparison', 'other', 'total'] as const;
export type DeliveryGroup = (typeof DELIVERY_GROUPS)[number];
/**
 * The groups context figures (StatBank) come in: the delivery groups, plus `not_split` for a
 * category that holds both target and other persons (STRAFNA6's "foreign origin" has no Western split).
 */
export const CONTEXT_GROUPS = [...DELIVERY_GROUPS, 'not_split'] as const;
export type ContextGroup = (typeof CONTEXT_GROUPS)[number];
