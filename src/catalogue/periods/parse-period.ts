/**
 * Reading a period from text. Deliveries, the command line and the web app all name periods in
 * the four written forms of DATA.md §3; this is the one place that knows them. A wrong text is a
 * data problem, so it comes back as a tagged error value rather than an exception.
 */
import { isElectionYear } from './election-day.ts';
import { FIRST_YEAR, LAST_YEAR, type Period, PERIOD_TYPES, type PeriodType } from './period.ts';

/** Why a text is not a period of the wanted type. */
export type PeriodError =
  /** Not written in any of the four forms. */
  | { readonly kind: 'malformed'; readonly text: string; readonly periodType: PeriodType }
  /** Written in the form of another period type (e.g. `2024/2025` for a calendar-year indicator). */
  | {
      readonly kind: 'wrong_type';
      readonly text: string;
      readonly periodType: PeriodType;
      readonly found: PeriodType;
    }
  /** `2024/2026`, `2024-10/2026-09`: the second year is not the year after the first. */
  | { readonly kind: 'not_consecutive'; readonly text: string; readonly periodType: PeriodType }
  /** `2024-09/2025-08`: a twelve-month period that does not run October–September. */
  | { readonly kind: 'wrong_months'; readonly text: string }
  /** `KV2024`: no municipal election was or will be held that year. */
  | {
      readonly kind: 'not_election_year';
      readonly text: string;
      readonly year: number;
      readonly before: number | null;
      readonly after: number | null;
    }
  /** A year outside FIRST_YEAR–LAST_YEAR. */
  | { readonly kind: 'year_out_of_range'; readonly text: string; readonly year: number };

export type ParsePeriodResult = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly error: PeriodError };

const FORMS: Readonly<Record<PeriodType, RegExp>> = {
  calendar_year: /^(\d{4})$/,
  oct_sep: /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/,
  school_year: /^(\d{4})\/(\d{4})$/,
  election: /^KV(\d{4})$/i,
};

/**
 * Reads `text` as a period of type `periodType`. Surrounding blanks are ignored and `kv2025`
 * is read as `KV2025`; everything else must be exactly one of the written forms.
 *
 * @example parsePeriod('2024-10/2025-09', 'oct_sep') // { ok: true, period: { kind: 'oct_sep', startYear: 2024 } }
 * @example parsePeriod('KV2024', 'election')          // { ok: false, error: { kind: 'not_election_year', … } }
 */
export function parsePeriod(text: string, periodType: PeriodType): ParsePeriodResult {
  const trimmed = text.trim();
  const match = FORMS[periodType].exec(trimmed);
  if (match === null) {
    const found = PERIOD_TYPES.find((type) => FORMS[type].test(trimmed));
    return fail(found === undefined ? { kind: 'malformed', text, periodType } : { kind: 'wrong_type', text, periodType, found });
  }
  const years = match.slice(1).map(Number);
  switch (periodType) {
    case 'calendar_year':
      return yearChecked(text, years[0] ?? Number.NaN, (year) => ({ kind: 'calendar_year', year }));
    case 'oct_sep':
      return octSep(text, years);
    case 'school_year':
      return twoYears(text, 'school_year', years[0], years[1]);
    case 'election':
      return election(text, years[0] ?? Number.NaN);
  }
}

/**
 * Reads `text` in whichever of the four forms it is written, for input that does not say its
 * period type (e.g. a delivery row before its indicator is known).
 */
export function parseAnyPeriod(text: string): ParsePeriodResult {
  const trimmed = text.trim();
  const type = PERIOD_TYPES.find((candidate) => FORMS[candidate].test(trimmed));
  return type === undefined ? fail({ kind: 'malformed', text, periodType: 'calendar_year' }) : parsePeriod(text, type);
}

function octSep(text: string, [startYear, startMonth, endYear, endMonth]: number[]): ParsePeriodResult {
  if (startMonth !== 10 || endMonth !== 9) return fail({ kind: 'wrong_months', text });
  return twoYears(text, 'oct_sep', startYear, endYear);
}

function twoYears(text: string, kind: 'oct_sep' | 'school_year', startYear: number | undefined, endYear: number | undefined): ParsePeriodResult {
  if (startYear === undefined || endYear === undefined || endYear !== startYear + 1) {
    return fail({ kind: 'not_consecutive', text, periodType: kind });
  }
  return yearChecked(text, startYear, () => ({ kind, startYear }));
}

function election(text: string, year: number): ParsePeriodResult {
  if (isElectionYear(year)) return { ok: true, period: { kind: 'election', year } };
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail({ kind: 'year_out_of_range', text, year });
  return fail({ kind: 'not_election_year', text, year, ...neighbours(year) });
}

/** The nearest election years before and after `year`, where there are any. */
function neighbours(year: number): { before: number | null; after: number | null } {
  let before: number | null = null;
  let after: number | null = null;
  for (let y = year - 1; y >= year - 4 && before === null; y -= 1) if (isElectionYear(y)) before = y;
  for (let y = year + 1; y <= year + 4 && after === null; y += 1) if (isElectionYear(y)) after = y;
  return { before, after };
}

function yearChecked(text: string, year: number, build: (year: number) => Period): ParsePeriodResult {
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail({ kind: 'year_out_of_range', text, year });
  return { ok: true, period: build(year) };
}

function fail(error: PeriodError): ParsePeriodResult {
  return { ok: false, error };
}
