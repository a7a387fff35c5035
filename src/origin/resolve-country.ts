/**
 * Turns what a spreadsheet says about a country ("Tyrkiet", "Turkey", "TUR", "tr", "statsløs",
 * "uoplyst", "") into a code. The key map is built once at module load; results are memoised by
 * the exact input string because a population file repeats a few hundred distinct values
 * millions of times. The memo is bounded so that garbage input cannot grow it without limit.
 */
import { COUNTRIES, SPECIALS } from './country-data.ts';
import { lookupKeysFor, normaliseCountryText } from './normalise-country-text.ts';
import { type CountryCode, SPECIAL_COUNTRY } from './types.ts';

/** What a country text turned out to be. */
export type CountryResolution =
  | { readonly kind: 'country'; readonly code: CountryCode }
  | { readonly kind: 'stateless' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unrecognised'; readonly text: string };

const STATELESS: CountryResolution = Object.freeze({ kind: 'stateless' });
const UNKNOWN: CountryResolution = Object.freeze({ kind: 'unknown' });

function buildKeyMap(): ReadonlyMap<string, CountryResolution> {
  const map = new Map<string, CountryResolution>();
  const add = (name: string, result: CountryResolution, owner: string): void => {
    for (const key of lookupKeysFor(name)) {
      const existing = map.get(key);
      if (existing !== undefined && existing !== result) {
        throw new Error(`countries.json: "${name}" (${owner}) collides with another entry`);
      }
      map.set(key, result);
    }
  };
  for (const country of COUNTRIES) {
    const result: CountryResolution = Object.freeze({ kind: 'country', code: country.alpha2 });
    const names = [country.alpha2, country.alpha3, country.da, country.en, ...(country.aliases ?? [])];
    for (const name of names) add(name, result, country.alpha2);
  }
  for (const name of SPECIALS.stateless.aliases) add(name, STATELESS, 'stateless');
  for (const name of SPECIALS.unknown.aliases) add(name, UNKNOWN, 'unknown');
  return map;
}

const KEY_MAP = buildKeyMap();
const MEMO_LIMIT = 50_000;
const memo = new Map<string, CountryResolution>();

function resolveUncached(text: string): CountryResolution {
  if (text.trim() === '') return UNKNOWN;
  return KEY_MAP.get(normaliseCountryText(text)) ?? { kind: 'unrecognised', text: text.trim() };
}

/**
 * Resolves a country text: ISO alpha-2 or alpha-3 code, Danish or English name or a known alias,
 * case- and accent-insensitively; empty means unknown.
 *
 * @example resolveCountry(' tyrkiet ') // { kind: 'country', code: 'TR' }
 * @example resolveCountry('statsløs') // { kind: 'stateless' }
 */
export function resolveCountry(text: string): CountryResolution {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const result = resolveUncached(text);
  if (memo.size < MEMO_LIMIT) memo.set(text, result);
  return result;
}

/**
 * The code a resolution stands for: the country's alpha-2 code, 'XS' for stateless, 'XX' for
 * unknown, and null for an unrecognised text (which the caller must report).
 *
 * @example countryCodeOf(resolveCountry('Syrien')) // 'SY'
 */
export function countryCodeOf(resolution: CountryResolution): CountryCode | null {
  switch (resolution.kind) {
    case 'country':
      return resolution.code;
    case 'stateless':
      return SPECIAL_COUNTRY.stateless;
    case 'unknown':
      return SPECIAL_COUNTRY.unknown;
    case 'unrecognised':
      return null;
  }
}
