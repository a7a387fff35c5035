import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRY_BY_CODE, COUNTRIES_SOURCE, countryName, isWestern, regionOf, WESTERN_CODES, WESTERN_SOURCE } from '../../src/origin/index.ts';

const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
const OTHER_WESTERN = ['GB', 'AD', 'IS', 'LI', 'MC', 'NO', 'SM', 'CH', 'VA', 'CA', 'US', 'AU', 'NZ'];
const PARTS_OF_WESTERN = ['FO', 'GL', 'AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'SJ', 'BV'];

describe('country data', () => {
  it('holds all 249 ISO 3166-1 entries plus Kosovo and three historic states', () => {
    const iso = COUNTRIES.filter((c) => c.status === undefined);
    expect(iso).toHaveLength(249);
    expect(COUNTRIES.filter((c) => c.status === 'user_assigned').map((c) => c.alpha2)).toEqual(['XK']);
    expect(
      COUNTRIES.filter((c) => c.status === 'historic')
        .map((c) => c.alpha2)
        .sort(),
    ).toEqual(['CS', 'SU', 'YU']);
  });

  it('has unique alpha-2 and alpha-3 codes', () => {
    expect(new Set(COUNTRIES.map((c) => c.alpha2)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(COUNTRIES.length);
  });

  it.each([
    ['DK', 'DNK', 'Danmark', 'Denmark'],
    ['TR', 'TUR', 'Tyrkiet', 'Türkiye'],
    ['SY', 'SYR', 'Syrien', 'Syria'],
    ['BA', 'BIH', 'Bosnien-Hercegovina', 'Bosnia and Herzegovina'],
    ['GB', 'GBR', 'Storbritannien', 'United Kingdom'],
    ['NL', 'NLD', 'Nederlandene', 'Netherlands'],
    ['VA', 'VAT', 'Vatikanstaten', 'Vatican City'],
  ])('%s is %s, "%s" / "%s"', (alpha2, alpha3, da, en) => {
    expect(COUNTRY_BY_CODE.get(alpha2)).toMatchObject({ alpha3, da, en });
  });

  it('names its sources', () => {
    expect(COUNTRIES_SOURCE).toContain('ISO 3166-1');
    expect(WESTERN_SOURCE).toContain('Danmarks Statistik');
  });
});

describe('Western and non-Western', () => {
  it('is exactly the EU-27, the thirteen listed countries and the listed parts of them', () => {
    expect([...WESTERN_CODES].sort()).toEqual([...EU27, ...OTHER_WESTERN, ...PARTS_OF_WESTERN].sort());
  });

  it.each([...EU27, ...OTHER_WESTERN, ...PARTS_OF_WESTERN])('%s is Western', (code) => {
    expect(isWestern(code)).toBe(true);
    expect(regionOf(code)).toBe('vestlig');
  });

  it.each(['SY', 'SO', 'TR', 'IQ', 'IR', 'AF', 'PK', 'UA', 'RU', 'RS', 'BA', 'JP', 'IL', 'PR', 'GI', 'YU', 'SU', 'XK'])('%s is non-Western', (code) => {
    expect(isWestern(code)).toBe(false);
    expect(regionOf(code)).toBe('ikke_vestlig');
  });

  it('counts stateless and unknown as non-Western', () => {
    expect(regionOf('XS')).toBe('ikke_vestlig');
    expect(regionOf('XX')).toBe('ikke_vestlig');
  });
});

describe('countryName', () => {
  it.each([
    ['TR', 'da', 'Tyrkiet'],
    ['TR', 'en', 'Türkiye'],
    ['SO', 'da', 'Somalia'],
    ['DE', 'da', 'Tyskland'],
    ['DE', 'en', 'Germany'],
    ['XS', 'da', 'Statsløs'],
    ['XS', 'en', 'Stateless'],
    ['XX', 'da', 'Uoplyst'],
    ['XX', 'en', 'Unknown'],
    ['YU', 'da', 'Jugoslavien'],
    ['QQ', 'da', 'QQ'],
  ] as const)('%s in %s is %j', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
  });
});
