/**
 * Cell parsers for the population extract that need the origin vocabulary: countries (ISO codes,
 * Danish or English names) and a parent's origin group. They return values, never throw, so the
 * reader can report every bad cell with its row and column.
 */
import { EMPTY, invalid, ok, type ParseResult, parseTrimmed, type ValueParser } from '../../ingest/index.ts';
import { countryCodeOf, type CountryCode, ORIGIN_GROUPS, type OriginGroup, type ParentStatus, resolveCountry } from '../../origin/index.ts';

/**
 * A parser that remembers its results by input text (bounded), for columns with few distinct
 * values read millions of times. Parse results are immutable values, so sharing them is safe.
 */
export function memoParser<T>(parser: ValueParser<T>, limit = 100_000): ValueParser<T> {
  const cache = new Map<string, ParseResult<T>>();
  // The same text as the call before (`DK` in column after column) skips the hash lookup.
  let lastText: string | undefined;
  let lastResult: ParseResult<T> | undefined;
  return (text) => {
    if (text === lastText && lastResult !== undefined) return lastResult;
    let result = cache.get(text);
    if (result === undefined) {
      result = parser(text);
      if (cache.size < limit) cache.set(text, result);
    }
    lastText = text;
    lastResult = result;
    return result;
  };
}

/** A country as an ISO alpha-2 code; 'XS' stateless, 'XX' unknown; an unknown spelling is an error. */
export const parseCountry: ValueParser<CountryCode> = memoParser(parseCountryText);

function parseCountryText(text: string): ParseResult<CountryCode> {
  if (text.trim() === '') return EMPTY;
  const code = countryCodeOf(resolveCountry(text));
  if (code !== null) return ok(code);
  return invalid(
    'ukendt land — brug ISO-kode (TR, TUR) eller det danske eller engelske navn (Tyrkiet, Turkey)',
    'unknown country — use an ISO code (TR, TUR) or the Danish or English name (Tyrkiet, Turkey)',
  );
}

const ORIGIN_GROUP_ALIASES: Record<string, OriginGroup> = {
  dansk: 'dansk_oprindelse',
  'dansk oprindelse': 'dansk_oprindelse',
};

/** `dansk_oprindelse` | `indvandrer` | `efterkommer` (case and spaces forgiven). */
export function parseOriginGroup(text: string): ParseResult<OriginGroup> {
  const t = text.trim().toLowerCase();
  if (t === '') return EMPTY;
  const group = (ORIGIN_GROUPS as readonly string[]).includes(t.replaceAll(' ', '_')) ? (t.replaceAll(' ', '_') as OriginGroup) : ORIGIN_GROUP_ALIASES[t];
  if (group) return ok(group);
  return invalid(
    'ukendt herkomst — brug dansk_oprindelse, indvandrer eller efterkommer',
    'unknown origin group — use dansk_oprindelse, indvandrer or efterkommer',
  );
}

const PARENT_STATUS_WORDS: Readonly<Record<string, ParentStatus>> = {
  unknown: 'unknown',
  ukendt: 'unknown',
  known: 'known',
  kendt: 'known',
};

/** A parent's register status: `unknown` [`ukendt`] or `known` [`kendt`], any case. */
export function parseParentStatus(text: string): ParseResult<ParentStatus> {
  const t = text.trim().toLowerCase();
  if (t === '') return EMPTY;
  const status = PARENT_STATUS_WORDS[t];
  if (status !== undefined) return ok(status);
  return invalid(
    'ukendt status — brug ukendt (ingen forælder i registret) eller kendt (forælderen er registreret)',
    'unknown status — use unknown (no parent in the register) or known (the parent is registered)',
  );
}

/** Any non-blank identifier (it is pseudonymised by the caller, never echoed). */
export const parseIdentifier: ValueParser<string> = parseTrimmed;

/**
 * Statistics Denmark's three-digit kommunekode (`101` København … `860` Hjørring). Registers also
 * write it with four digits (`0101`) and spreadsheets as a number (`101`): all read as `101`.
 * `000` is the whole country, never a person's municipality.
 */
export const parseMunicipality: ValueParser<string> = memoParser(parseMunicipalityText);

function parseMunicipalityText(text: string): ParseResult<string> {
  const t = text.trim();
  if (t === '') return EMPTY;
  const digits = /^0?(\d{3})$/.exec(t.padStart(3, '0'));
  if (digits !== null && digits[1] !== '000') return ok(digits[1] as string);
  return invalid(
    'ukendt kommunekode — brug Danmarks Statistiks tre cifre, fx 101 for København',
    "unknown municipality code — use Statistics Denmark's three digits, e.g. 101 for Copenhagen",
  );
}
