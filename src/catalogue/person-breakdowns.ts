/**
 * The breakdowns every integration statistic is read by, the same for every person-level
 * indicator: sex, generation, refugee status, years of residence, region of origin and the MENAPT
 * group. An indicator chooses them in
 * its `breakdowns` (so its page, API, import and suppression see them as ordinary breakdowns);
 * this module fixes their codes and the groups they are written for, so that the catalogue's
 * declaration and the aggregation agree (`rules/person-breakdown-rules.ts` checks the declaration
 * against it).
 */
import { GENERATIONS } from '../origin/generation.ts';
import { MENAPT_PARTS, REGION_MENAPT_CODES, REGION_MENAPT_PARTS, WORLD_REGIONS } from '../origin/world-region.ts';
import { DELIVERY_GROUPS, type DeliveryGroup } from '../origin/types.ts';

export const PERSON_BREAKDOWN_KEYS = ['sex', 'generation', 'refugee', 'residence', 'region', 'menapt', 'region_menapt'] as const;
export type PersonBreakdownKey = (typeof PERSON_BREAKDOWN_KEYS)[number];

/** Years of residence in Denmark at the reference date, as completed years since arrival. */
export const RESIDENCE_BANDS = [
  { code: '0-2', from: 0, to: 2 },
  { code: '3-5', from: 3, to: 5 },
  { code: '6-9', from: 6, to: 9 },
  { code: '10+', from: 10, to: Number.POSITIVE_INFINITY },
] as const;

export interface PersonBreakdownSpec {
  /** The codes, in the order they are written and shown. */
  readonly codes: readonly string[];
  /** The code of persons in none of them (unknown sex; Danish origin), never written; null when everyone is in one. */
  readonly remainder: string | null;
  /** The groups whose cells are written. */
  readonly groups: readonly DeliveryGroup[];
  /** The population extract's column the breakdown needs; without it the cells are not written. */
  readonly column: string;
  /** Values that are unions of another standard breakdown's values (`union_of` in the catalogue), by code. */
  readonly unions?: Readonly<Record<string, { readonly key: PersonBreakdownKey; readonly codes: readonly string[] }>>;
  /** Values that hold other standard breakdowns' values and possibly more (`contains` in the catalogue), by code. */
  readonly contains?: Readonly<Record<string, Readonly<Partial<Record<PersonBreakdownKey, readonly string[]>>>>>;
}

export const PERSON_BREAKDOWNS: Readonly<Record<PersonBreakdownKey, PersonBreakdownSpec>> = {
  sex: { codes: ['M', 'K'], remainder: 'unknown', groups: DELIVERY_GROUPS, column: 'sex' },
  // Generation is a split of the persons of foreign origin: the comparison group (Danish origin)
  // has none, so its cells and the total's (which would be the other groups' sum) are not written.
  // Only immigrants have arrived and descendants are never refugees: a reader subtracts the
  // refugees or the residence bands from the immigrants, so the rule is told (`contains`).
  generation: {
    codes: GENERATIONS,
    remainder: 'neither',
    groups: ['target', 'other'],
    column: 'birth_country',
    contains: { immigrant: { refugee: ['yes'], residence: RESIDENCE_BANDS.map((b) => b.code) } },
  },
  // Every refugee is in the target group (origin/assign-group.ts): the split is of the target group.
  refugee: { codes: ['yes', 'no'], remainder: null, groups: ['target'], column: 'refugee' },
  // Only immigrants have arrived: descendants and persons without an arrival date are the remainder.
  residence: { codes: RESIDENCE_BANDS.map((b) => b.code), remainder: 'none', groups: ['target', 'other'], column: 'arrival_date' },
  // Statistics Denmark's regions of the origin country (origin/data/regions.json), for persons of
  // foreign origin as generation is; the Danish Realm, stateless and unknown origin are the remainder.
  region: {
    codes: WORLD_REGIONS,
    remainder: 'none',
    groups: ['target', 'other'],
    column: 'birth_country',
    unions: Object.fromEntries(WORLD_REGIONS.map((region) => [region, { key: 'region_menapt', codes: REGION_MENAPT_PARTS[region] }])),
  },
  // MENAPT countries are non-Western (origin/data/menapt.json): the split is of the target group,
  // and every person of it is from a MENAPT country or not (unknown origin: not).
  menapt: {
    codes: ['yes', 'no'],
    remainder: null,
    groups: ['target'],
    column: 'birth_country',
    unions: { yes: { key: 'region_menapt', codes: MENAPT_PARTS } },
  },
  // The two crossed, for the target group: MENAPT countries lie in three regions, so a region minus
  // its MENAPT persons is a count the suppression rule must see. Each region and `menapt=yes` is
  // declared a union of these codes (`unions`), and the rule protects them like any margin.
  region_menapt: { codes: REGION_MENAPT_CODES, remainder: 'none', groups: ['target'], column: 'birth_country' },
};

export function isPersonBreakdownKey(key: string): key is PersonBreakdownKey {
  return (PERSON_BREAKDOWN_KEYS as readonly string[]).includes(key);
}

/** The person breakdowns an indicator declares, in the standard order. */
export function personBreakdownKeys(indicator: { readonly breakdowns: readonly { readonly key: string }[] }): PersonBreakdownKey[] {
  return PERSON_BREAKDOWN_KEYS.filter((key) => indicator.breakdowns.some((b) => b.key === key));
}

/** The residence band of a number of completed years (negative: not yet arrived, none). */
export function residenceBand(years: number): string | null {
  return RESIDENCE_BANDS.find((b) => years >= b.from && years <= b.to)?.code ?? null;
}
