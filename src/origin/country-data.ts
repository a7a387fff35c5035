/**
 * The country data files (`data/countries.json`, `data/western.json`), validated once at module
 * load. The lists are data rather than code so that a changed definition — a new country, a
 * changed Western list — is a one-line change to a JSON file with its source beside it.
 */
import { z } from 'zod';
import countriesJson from './data/countries.json' with { type: 'json' };
import westernJson from './data/western.json' with { type: 'json' };
import { type CountryCode, SPECIAL_COUNTRY } from './types.ts';

const alpha2 = z.string().regex(/^[A-Z]{2}$/);

const countrySchema = z.object({
  alpha2,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  da: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  status: z.enum(['user_assigned', 'historic']).optional(),
});

const specialSchema = z.object({
  code: alpha2,
  da: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});

const countriesFileSchema = z.object({
  source: z.string().min(1),
  special: z.object({ stateless: specialSchema, unknown: specialSchema }),
  countries: z.array(countrySchema).min(1),
});

const westernFileSchema = z.object({
  source: z.string().min(1),
  countries: z.array(alpha2),
  partsOfWesternCountries: z.object({ note: z.string(), countries: z.array(alpha2) }),
});

/** One country (or historic state) as the data file describes it. */
export type Country = z.infer<typeof countrySchema>;
/** One of the two non-countries (stateless, unknown) as the data file describes it. */
export type SpecialCountry = z.infer<typeof specialSchema>;

const countriesFile = countriesFileSchema.parse(countriesJson);
const westernFile = westernFileSchema.parse(westernJson);

/** Every country in `countries.json`, in file order (sorted by alpha-2 code). */
export const COUNTRIES: readonly Country[] = countriesFile.countries;
/** The stateless and unknown entries of `countries.json`. */
export const SPECIALS: { readonly stateless: SpecialCountry; readonly unknown: SpecialCountry } = countriesFile.special;
/** Where the country codes and names come from (for documentation and reports). */
export const COUNTRIES_SOURCE: string = countriesFile.source;
/** Where the Western list comes from (for documentation and reports). */
export const WESTERN_SOURCE: string = westernFile.source;

/** Countries by alpha-2 code. */
export const COUNTRY_BY_CODE: ReadonlyMap<CountryCode, Country> = new Map(COUNTRIES.map((c) => [c.alpha2, c]));

/** The Western countries (alpha-2), including the listed parts of Western countries. */
export const WESTERN_CODES: ReadonlySet<CountryCode> = new Set([...westernFile.countries, ...westernFile.partsOfWesternCountries.countries]);

for (const code of WESTERN_CODES) {
  if (!COUNTRY_BY_CODE.has(code)) throw new Error(`western.json: unknown country code ${code}`);
}
if (COUNTRY_BY_CODE.size !== COUNTRIES.length) throw new Error('countries.json: duplicate alpha-2 code');
if (SPECIALS.stateless.code !== SPECIAL_COUNTRY.stateless || SPECIALS.unknown.code !== SPECIAL_COUNTRY.unknown) {
  throw new Error('countries.json: special codes differ from SPECIAL_COUNTRY');
}
