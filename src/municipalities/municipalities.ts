/**
 * Denmark's 98 municipalities, their regions and Statistics Denmark's municipality groups
 * (kommunegrupper), as lookups. The whole country is `000` ("Hele landet"), as StatBank writes it.
 */
import { GROUPS_FILE, MUNICIPALITIES_FILE } from './municipality-data.ts';

export interface Region {
  /** Four-digit regionskode, e.g. `1084` (Region Hovedstaden). */
  code: string;
  name: string;
}

export interface MunicipalityGroup {
  /** StatBank's KOMGRP code, `1` (Hovedstadskommuner) … `5` (Landkommuner). */
  code: string;
  da: string;
  en: string;
}

export interface Municipality {
  /** Three-digit kommunekode, e.g. `101`. */
  code: string;
  name: string;
  region: Region;
  group: MunicipalityGroup;
}

/**
 * The synthetic demo municipality: `999` is no real kommunekode, so demo figures can never be
 * mistaken for a real municipality's. It is the default own municipality (`INDIKATOR_MUNICIPALITY_CODE`).
 */
export const DEMO_MUNICIPALITY = { code: '999', name: 'Demo Kommune' } as const;

/** The whole country's code in deliveries and results. */
export const WHOLE_COUNTRY_CODE = MUNICIPALITIES_FILE.wholeCountry.code;
/** "Hele landet". */
export const WHOLE_COUNTRY_NAME = MUNICIPALITIES_FILE.wholeCountry.name;

export const MUNICIPALITIES_SOURCE = MUNICIPALITIES_FILE.source;
export const MUNICIPALITY_GROUPS_SOURCE = GROUPS_FILE.source;
/** The version of the municipality groups, e.g. `v1:2018`. */
export const MUNICIPALITY_GROUPS_VERSION = GROUPS_FILE.version;

export const REGIONS: readonly Region[] = MUNICIPALITIES_FILE.regions.map((r) => ({ ...r }));

export const MUNICIPALITY_GROUPS: readonly MunicipalityGroup[] = GROUPS_FILE.groups.map(({ code, da, en }) => ({ code, da, en }));

function buildMunicipalities(): Municipality[] {
  const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));
  const groupByMunicipality = new Map<string, MunicipalityGroup>();
  for (const g of GROUPS_FILE.groups) {
    const group = MUNICIPALITY_GROUPS.find((x) => x.code === g.code);
    for (const m of g.municipalities) if (group) groupByMunicipality.set(m, group);
  }
  return MUNICIPALITIES_FILE.municipalities.map((m) => {
    const region = regionByCode.get(m.region);
    const group = groupByMunicipality.get(m.code);
    // The data test proves every municipality has both; a miss here is a broken data file.
    if (!region || !group) throw new Error(`municipalities.json: ${m.code} ${m.name} lacks a region or a kommunegruppe`);
    return { code: m.code, name: m.name, region, group };
  });
}

/** The 98 municipalities, by code. */
export const MUNICIPALITIES: readonly Municipality[] = buildMunicipalities();

const BY_CODE: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** The municipality with this code, or undefined (also for `000`). */
export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}

/** True for a three-digit text: the shape of a kommunekode (whether or not the code exists). */
export function isMunicipalityCodeShape(text: string): boolean {
  return /^[0-9]{3}$/.test(text);
}

/** True for one of the 98 municipalities' codes or `000`. */
export function isKnownMunicipalityCode(code: string): boolean {
  return code === WHOLE_COUNTRY_CODE || BY_CODE.has(code);
}

/**
 * The name to show for a code: "Hele landet" for `000`, the data file's name for the 98, and
 * `fallback` (the configured name, e.g. the demo's "Demo Kommune") for any other code.
 */
export function municipalityName(code: string, fallback?: string): string {
  if (code === WHOLE_COUNTRY_CODE) return WHOLE_COUNTRY_NAME;
  return BY_CODE.get(code)?.name ?? fallback ?? code;
}

/** The municipalities of one kommunegruppe, by code. */
export function municipalitiesInGroup(groupCode: string): Municipality[] {
  return MUNICIPALITIES.filter((m) => m.group.code === groupCode);
}
