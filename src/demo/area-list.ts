/**
 * The demo's copy of the ministry's list of housing areas at 1 December (Almenboligloven § 61 a),
 * `boligomraader-liste-<year>.csv`, for `indikator housing-criteria`. Residents and the
 * non-Western share are the demo areas' own at the year's end; the four social criteria are
 * invented from the non-Western share by fixed formulas (no random draw, so no other demo figure
 * moves), so that the two concentrated estates land on the lists and the others do not. The
 * ministry's list covers only areas of 1,000 residents or more; the demo writes every area, so
 * that a smaller one shows how the product treats it.
 */
import { AREAS } from './areas.ts';
import { NON_WESTERN } from './countries.ts';
import { csvText } from './csv.ts';
import type { SimPerson } from './person.ts';

/** The list's file name for a year: `boligomraader-liste-2025.csv`. */
export function areaListFileName(year: number): string {
  return `boligomraader-liste-${year}.csv`;
}

const NON_WESTERN_COUNTRIES: ReadonlySet<string> = new Set(NON_WESTERN);
/** The invented national share convicted, in %. */
const NATIONAL_CONVICTED_PCT = 0.9;

function isNonWestern(person: SimPerson): boolean {
  return person.originGroup !== 'dansk_oprindelse' && NON_WESTERN_COUNTRIES.has(person.originCountry);
}

function pct(value: number): string {
  return value.toFixed(1);
}

/** The list's text: one row per demo area, the canonical column names, decimal point. */
export function areaListFileText(residents: readonly SimPerson[]): string {
  const rows = AREAS.map((area) => {
    const people = residents.filter((p) => p.area === area.code);
    const share = people.length === 0 ? 0 : people.filter(isNonWestern).length / people.length;
    return [
      area.name,
      String(people.length),
      pct(18 + 45 * share),
      (NATIONAL_CONVICTED_PCT * (1 + 4 * share)).toFixed(2),
      NATIONAL_CONVICTED_PCT.toFixed(2),
      pct(30 + 50 * share),
      pct(95 - 70 * share),
      pct(100 * share),
    ];
  });
  return csvText(
    [
      'area',
      'residents',
      'outside_work_education_pct',
      'convicted_pct',
      'convicted_national_pct',
      'basic_education_pct',
      'income_of_region_pct',
      'non_western_pct',
    ],
    rows,
  );
}
