/**
 * The countries the demo municipality's residents come from, written the way Danish offices
 * write them: mostly ISO alpha-2, sometimes the Danish name or the alpha-3 code. Only spellings
 * that the product's country resolver knows are used. Greenland and the Faroe Islands belong to
 * the Realm, so Danes are always `DK`.
 */
import type { Random } from './random.ts';

export const WESTERN = ['SE', 'NO', 'DE', 'PL', 'RO', 'GB', 'US'] as const;
export const NON_WESTERN = ['TR', 'SY', 'IQ', 'IR', 'AF', 'SO', 'ER', 'PK', 'LB', 'BA', 'VN', 'LK', 'UA', 'TH', 'PH', 'IN', 'CN', 'MA'] as const;
export type WesternCountry = (typeof WESTERN)[number];
export type NonWesternCountry = (typeof NON_WESTERN)[number];
export type DemoCountry = 'DK' | WesternCountry | NonWesternCountry;

const ALPHA3: Readonly<Record<Exclude<DemoCountry, 'DK'>, string>> = {
  SE: 'SWE',
  NO: 'NOR',
  DE: 'DEU',
  PL: 'POL',
  RO: 'ROU',
  GB: 'GBR',
  US: 'USA',
  TR: 'TUR',
  SY: 'SYR',
  IQ: 'IRQ',
  IR: 'IRN',
  AF: 'AFG',
  SO: 'SOM',
  ER: 'ERI',
  PK: 'PAK',
  LB: 'LBN',
  BA: 'BIH',
  VN: 'VNM',
  LK: 'LKA',
  UA: 'UKR',
  TH: 'THA',
  PH: 'PHL',
  IN: 'IND',
  CN: 'CHN',
  MA: 'MAR',
};

const DANISH_NAME: Readonly<Partial<Record<DemoCountry, string>>> = {
  TR: 'Tyrkiet',
  SY: 'Syrien',
  IQ: 'Irak',
  AF: 'Afghanistan',
  SO: 'Somalia',
};

/** Every spelling the demo may write for a country (for tests and documentation). */
export function spellingsOf(country: DemoCountry): string[] {
  if (country === 'DK') return ['DK'];
  const danish = DANISH_NAME[country];
  return [country, ALPHA3[country], ...(danish === undefined ? [] : [danish])];
}

/** A spelling of `country`: alpha-2 mostly, the Danish name ~10 %, alpha-3 ~5 %. */
export function spell(random: Random, country: DemoCountry): string {
  if (country === 'DK') return 'DK';
  const roll = random.next();
  const danish = DANISH_NAME[country];
  if (roll < 0.1 && danish !== undefined) return danish;
  if (roll > 0.95) return ALPHA3[country];
  return country;
}

/** Share of immigrants from a country who came as refugees (or were reunified with one). */
export const REFUGEE_SHARE: Readonly<Record<NonWesternCountry, number>> = {
  SY: 0.85,
  ER: 0.85,
  AF: 0.7,
  SO: 0.6,
  IQ: 0.5,
  IR: 0.4,
  LB: 0.4,
  BA: 0.6,
  VN: 0.5,
  LK: 0.5,
  UA: 0.1,
  TR: 0,
  PK: 0,
  TH: 0,
  PH: 0,
  IN: 0,
  CN: 0,
  MA: 0,
};

/** The years immigrants from a country typically arrived in (before the demo starts). */
export const ARRIVAL_YEARS: Readonly<Record<NonWesternCountry, readonly [number, number]>> = {
  TR: [1970, 2012],
  PK: [1970, 2012],
  MA: [1970, 2012],
  BA: [1993, 1999],
  VN: [1979, 1992],
  LK: [1985, 2000],
  IQ: [1985, 2012],
  IR: [1985, 2012],
  LB: [1985, 2005],
  SO: [1990, 2012],
  AF: [1995, 2014],
  SY: [2011, 2014],
  ER: [2012, 2014],
  TH: [1995, 2014],
  PH: [1995, 2014],
  IN: [1995, 2014],
  CN: [1995, 2014],
  UA: [2000, 2014],
};

/** Where the non-Western residents of 2014 came from (relative weights). */
export const SETTLED_NON_WESTERN: Readonly<Record<NonWesternCountry, number>> = {
  TR: 14,
  IQ: 10,
  LB: 7,
  PK: 6,
  SO: 6,
  AF: 8,
  IR: 6,
  BA: 7,
  VN: 5,
  LK: 4,
  SY: 8,
  ER: 3,
  MA: 3,
  TH: 4,
  PH: 4,
  IN: 3,
  CN: 3,
  UA: 1,
};

/** Countries whose immigrants of the 1970s–90s have grown-up children (descendants) here. */
export const DESCENDANT_ORIGINS: Readonly<Partial<Record<NonWesternCountry, number>>> = {
  TR: 30,
  PK: 15,
  MA: 8,
  LB: 12,
  VN: 10,
  IQ: 10,
  BA: 5,
  LK: 10,
};

export const WESTERN_WEIGHTS: Readonly<Record<WesternCountry, number>> = {
  SE: 15,
  NO: 12,
  DE: 25,
  PL: 20,
  RO: 10,
  GB: 12,
  US: 6,
};

const WAVE_2015: Readonly<Partial<Record<NonWesternCountry, number>>> = {
  SY: 40,
  ER: 20,
  AF: 10,
  IQ: 5,
  SO: 3,
  IR: 5,
  TR: 5,
  PK: 3,
  TH: 3,
  PH: 3,
  IN: 3,
};
const WAVE_2022: Readonly<Partial<Record<NonWesternCountry, number>>> = { UA: 70, SY: 5, AF: 5, IN: 5, PH: 5, TR: 5, TH: 5 };
const ORDINARY_YEARS: Readonly<Partial<Record<NonWesternCountry, number>>> = {
  SY: 10,
  ER: 5,
  AF: 5,
  IQ: 5,
  TR: 10,
  PK: 5,
  IN: 10,
  CN: 5,
  PH: 8,
  TH: 8,
  VN: 5,
  IR: 5,
  SO: 5,
  LB: 5,
  MA: 4,
};
const AFTER_2022: Readonly<Partial<Record<NonWesternCountry, number>>> = { ...ORDINARY_YEARS, UA: 20 };

/** Where newly arriving non-Western households come from, by year (the 2015 and 2022 waves). */
export function arrivingNonWestern(year: number): Readonly<Partial<Record<NonWesternCountry, number>>> {
  if (year <= 2016) return WAVE_2015;
  if (year === 2022) return WAVE_2022;
  return year >= 2023 ? AFTER_2022 : ORDINARY_YEARS;
}
