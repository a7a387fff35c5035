/**
 * Statistics Denmark's regions of origin (`data/regions.json`) and the MENAPT group of Danish
 * integration policy (`data/menapt.json`), validated once at module load. Like the Western list,
 * both are data with their source beside them, keyed by the country codes the origin rules give
 * (`originCountryOf`), so a changed grouping is an edit to one JSON file.
 */
import { z } from 'zod';
import menaptJson from './data/menapt.json' with { type: 'json' };
import regionsJson from './data/regions.json' with { type: 'json' };
import { COUNTRY_BY_CODE, WESTERN_CODES } from './country-data.ts';
import type { CountryCode } from './types.ts';

/** The region codes, in Statistics Denmark's order (Europe, Africa, America, Asia, Oceania). */
export const WORLD_REGIONS = ['eu27', 'europe_other', 'africa', 'north_america', 'south_central_america', 'asia', 'oceania'] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

const alpha2 = z.string().regex(/^[A-Z]{2}$/);

const regionsFileSchema = z.strictObject({
  source: z.string().min(1),
  regions: z.array(z.strictObject({ code: z.enum(WORLD_REGIONS), da: z.string().min(1), en: z.string().min(1), countries: z.array(alpha2).min(1) })),
  inNoRegion: z.strictObject({ note: z.string().min(1), countries: z.array(alpha2) }),
});

const menaptFileSchema = z.strictObject({ source: z.string().min(1), countries: z.array(alpha2).min(1) });

/** The problems of a region file and a MENAPT file against the country list and the Western list; empty when both are sound. */
export function regionDataProblems(regionsData: unknown, menaptData: unknown): string[] {
  const regions = regionsFileSchema.safeParse(regionsData);
  const menapt = menaptFileSchema.safeParse(menaptData);
  if (!regions.success) return [`regions.json: ${regions.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
  if (!menapt.success) return [`menapt.json: ${menapt.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
  return [...regionProblems(regions.data), ...menaptProblems(menapt.data.countries)];
}

/** Every country is in exactly one region (or listed as in none), and every region is there once. */
function regionProblems(file: z.infer<typeof regionsFileSchema>): string[] {
  const problems: string[] = [];
  const codes = file.regions.map((r) => r.code);
  for (const code of WORLD_REGIONS) if (codes.filter((c) => c === code).length !== 1) problems.push(`regions.json: region ${code} must be listed once`);
  const placed = new Map<string, number>();
  for (const country of [...file.regions.flatMap((r) => r.countries), ...file.inNoRegion.countries]) placed.set(country, (placed.get(country) ?? 0) + 1);
  for (const [country, times] of placed) {
    if (!COUNTRY_BY_CODE.has(country)) problems.push(`regions.json: unknown country code ${country}`);
    if (times > 1) problems.push(`regions.json: ${country} is placed ${times} times`);
  }
  for (const country of COUNTRY_BY_CODE.keys())
    if (!placed.has(country)) problems.push(`regions.json: ${country} is in no region and not listed in inNoRegion`);
  return problems;
}

/** MENAPT is a group of non-Western countries: a known, non-Western code, each once. */
function menaptProblems(countries: readonly string[]): string[] {
  return countries.flatMap((country, i) => [
    ...(COUNTRY_BY_CODE.has(country) ? [] : [`menapt.json: unknown country code ${country}`]),
    ...(WESTERN_CODES.has(country) ? [`menapt.json: ${country} is Western (western.json)`] : []),
    ...(countries.indexOf(country) !== i ? [`menapt.json: ${country} is listed twice`] : []),
  ]);
}

const problems = regionDataProblems(regionsJson, menaptJson);
if (problems.length > 0) throw new Error(problems.join('\n'));
const regionsFile = regionsFileSchema.parse(regionsJson);
const menaptFile = menaptFileSchema.parse(menaptJson);

/** Where the regions come from (for documentation and reports). */
export const REGIONS_SOURCE: string = regionsFile.source;
/** Where the MENAPT list comes from (for documentation and reports). */
export const MENAPT_SOURCE: string = menaptFile.source;
/** The MENAPT countries (alpha-2). */
export const MENAPT_CODES: ReadonlySet<CountryCode> = new Set(menaptFile.countries);

const REGION_BY_COUNTRY: ReadonlyMap<CountryCode, WorldRegion> = new Map(
  regionsFile.regions.flatMap((r) => r.countries.map((country) => [country, r.code] as const)),
);

/** A region's name, as the data file gives it. */
export const WORLD_REGION_NAMES: Readonly<Record<WorldRegion, { readonly da: string; readonly en: string }>> = Object.fromEntries(
  regionsFile.regions.map((r) => [r.code, { da: r.da, en: r.en }]),
) as Record<WorldRegion, { da: string; en: string }>;

/**
 * The region of origin of a country; null for the Danish Realm, stateless (XS) and unknown (XX).
 *
 * @example worldRegionOf('SY') // 'asia'
 * @example worldRegionOf('TR') // 'europe_other'
 * @example worldRegionOf('XX') // null
 */
export function worldRegionOf(code: CountryCode): WorldRegion | null {
  return REGION_BY_COUNTRY.get(code) ?? null;
}

/**
 * Whether a country is in the MENAPT group (the Middle East, North Africa, Pakistan, Turkey).
 *
 * @example isMenapt('PK') // true
 * @example isMenapt('ER') // false
 */
export function isMenapt(code: CountryCode): boolean {
  return MENAPT_CODES.has(code);
}

/**
 * Region of origin × MENAPT: the MENAPT countries lie in three regions (Asia, Africa and, with
 * Turkey, the other European countries), so each of those is split in two (`asia_menapt`,
 * `asia_other`) and the others stay whole. Both the regions and the MENAPT group are unions of
 * these codes — the relation the suppression rule must know, since a region minus the MENAPT
 * persons in it would otherwise be a count nobody protects. Derived from the two lists.
 */
function regionMenaptParts(region: WorldRegion): readonly string[] {
  const split = regionsFile.regions.some((r) => r.code === region && r.countries.some((c) => MENAPT_CODES.has(c)));
  return split ? [`${region}_menapt`, `${region}_other`] : [region];
}

/** For each region, the region × MENAPT codes it is the union of. */
export const REGION_MENAPT_PARTS: Readonly<Record<WorldRegion, readonly string[]>> = Object.fromEntries(
  WORLD_REGIONS.map((region) => [region, regionMenaptParts(region)]),
) as Record<WorldRegion, readonly string[]>;

/** Every region × MENAPT code, in the regions' order. */
export const REGION_MENAPT_CODES: readonly string[] = WORLD_REGIONS.flatMap((region) => REGION_MENAPT_PARTS[region]);

/** The region × MENAPT codes whose persons are of MENAPT origin (`menapt=yes` is their union). */
export const MENAPT_PARTS: readonly string[] = REGION_MENAPT_CODES.filter((code) => code.endsWith('_menapt'));

/**
 * The region × MENAPT code of a country; null where the region is (Danish Realm, stateless, unknown).
 *
 * @example regionMenaptOf('SY') // 'asia_menapt'
 * @example regionMenaptOf('VN') // 'asia_other'
 * @example regionMenaptOf('PL') // 'eu27'
 */
export function regionMenaptOf(code: CountryCode): string | null {
  const region = worldRegionOf(code);
  if (region === null) return null;
  const parts = REGION_MENAPT_PARTS[region];
  if (parts.length === 1) return region;
  return isMenapt(code) ? `${region}_menapt` : `${region}_other`;
}
