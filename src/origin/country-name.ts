/** Human names for country codes, in Danish or English, for tables, reports and the web app. */
import { COUNTRY_BY_CODE, SPECIALS } from './country-data.ts';
import type { CountryCode } from './types.ts';

/** Languages the country names exist in. */
import type { Lang } from '../language/index.ts';

/**
 * The name of a country code; 'XS' and 'XX' give "Statsløs"/"Stateless" and "Uoplyst"/"Unknown".
 * A code that is not in the data is returned as it is.
 *
 * @example countryName('TR', 'da') // 'Tyrkiet'
 */
export function countryName(code: CountryCode, lang: Lang): string {
  const country = COUNTRY_BY_CODE.get(code);
  if (country !== undefined) return country[lang];
  if (code === SPECIALS.stateless.code) return SPECIALS.stateless[lang];
  if (code === SPECIALS.unknown.code) return SPECIALS.unknown[lang];
  return code;
}
