/**
 * Statistics Denmark's regions of origin and the MENAPT group: the shipped lists place every
 * country once, MENAPT holds the ministry's 24 countries and no Western one, and a file that
 * breaks either rule is refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import menaptJson from '../../src/origin/data/menapt.json' with { type: 'json' };
import regionsJson from '../../src/origin/data/regions.json' with { type: 'json' };
import {
  COUNTRIES,
  isMenapt,
  isWestern,
  MENAPT_CODES,
  MENAPT_PARTS,
  REGION_MENAPT_PARTS,
  regionDataProblems,
  regionMenaptOf,
  worldRegionOf,
} from '../../src/origin/index.ts';

describe('regions of origin', () => {
  it.each([
    ['SY', 'asia'],
    ['AF', 'asia'],
    ['TR', 'europe_other'],
    ['BA', 'europe_other'],
    ['KZ', 'europe_other'],
    ['GB', 'europe_other'],
    ['PL', 'eu27'],
    ['RE', 'eu27'],
    ['SO', 'africa'],
    ['US', 'north_america'],
    ['MX', 'south_central_america'],
    ['AU', 'oceania'],
  ])('%s is in %s', (code, region) => {
    expect(worldRegionOf(code)).toBe(region);
  });

  it.each(['DK', 'FO', 'GL', 'XS', 'XX'])('%s is in no region', (code) => {
    expect(worldRegionOf(code)).toBeNull();
  });

  it('places every country of the country list', () => {
    const placed = COUNTRIES.filter((c) => worldRegionOf(c.alpha2) !== null).length;
    expect(placed).toBe(COUNTRIES.length - 4); // DK, FO, GL, AQ
  });
});

describe('MENAPT', () => {
  it('is the 24 countries of the Middle East, North Africa, Pakistan and Turkey, none of them Western', () => {
    expect(MENAPT_CODES.size).toBe(24);
    expect([...MENAPT_CODES].filter(isWestern)).toEqual([]);
    for (const code of ['SY', 'IQ', 'IR', 'LB', 'PK', 'TR', 'AF', 'SO', 'MA', 'EG']) expect(isMenapt(code)).toBe(true);
    for (const code of ['ER', 'VN', 'BA', 'IL', 'XX', 'XS', 'DK']) expect(isMenapt(code)).toBe(false);
  });
});

describe('region × MENAPT', () => {
  it('splits exactly the regions that hold MENAPT countries', () => {
    expect(REGION_MENAPT_PARTS.asia).toEqual(['asia_menapt', 'asia_other']);
    expect(REGION_MENAPT_PARTS.africa).toEqual(['africa_menapt', 'africa_other']);
    expect(REGION_MENAPT_PARTS.europe_other).toEqual(['europe_other_menapt', 'europe_other_other']);
    expect(REGION_MENAPT_PARTS.eu27).toEqual(['eu27']);
    expect(MENAPT_PARTS).toEqual(['europe_other_menapt', 'africa_menapt', 'asia_menapt']);
  });

  it.each([
    ['SY', 'asia_menapt'],
    ['VN', 'asia_other'],
    ['TR', 'europe_other_menapt'],
    ['UA', 'europe_other_other'],
    ['SO', 'africa_menapt'],
    ['ER', 'africa_other'],
    ['PL', 'eu27'],
    ['XX', null],
  ])('%s is %s', (code, cell) => {
    expect(regionMenaptOf(code)).toBe(cell);
  });
});

describe('the data files are checked at load', () => {
  const regions = structuredClone(regionsJson);
  const africa = () => regions.regions.find((r) => r.code === 'africa') as { countries: string[] };

  it('accepts the shipped files', () => {
    expect(regionDataProblems(regionsJson, menaptJson)).toEqual([]);
  });

  it('refuses a country in two regions, one in none, and an unknown code', () => {
    const broken = structuredClone(regionsJson);
    const asia = broken.regions.find((r) => r.code === 'asia') as { countries: string[] };
    asia.countries.push('SO'); // also in Africa
    asia.countries.splice(asia.countries.indexOf('VN'), 1);
    asia.countries.push('QQ');
    expect(regionDataProblems(broken, menaptJson)).toEqual([
      'regions.json: SO is placed 2 times',
      'regions.json: unknown country code QQ',
      'regions.json: VN is in no region and not listed in inNoRegion',
    ]);
  });

  it('refuses a missing region and a region not in the breakdown', () => {
    const broken = structuredClone(regions);
    broken.regions = broken.regions.filter((r) => r.code !== 'oceania');
    expect(regionDataProblems(broken, menaptJson)[0]).toBe('regions.json: region oceania must be listed once');
    const other = structuredClone(regions);
    (other.regions[0] as { code: string }).code = 'europe';
    expect(regionDataProblems(other, menaptJson)[0]).toMatch(/^regions\.json: regions\.0\.code: /);
    expect(africa().countries).toContain('SO'); // the shared copy is untouched
  });

  it('refuses a Western, unknown or repeated MENAPT country', () => {
    const broken = { source: 'x', countries: ['SY', 'DE', 'QQ', 'SY'] };
    expect(regionDataProblems(regionsJson, broken)).toEqual([
      'menapt.json: DE is Western (western.json)',
      'menapt.json: unknown country code QQ',
      'menapt.json: SY is listed twice',
    ]);
  });
});
