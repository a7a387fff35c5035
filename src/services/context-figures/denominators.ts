/**
 * Population denominators from FOLK1E for the tables that publish persons or rates without them:
 * residents aged 15–79 on 1 January of a crime year (for persons found guilty per 1,000), and aged
 * 16–64 on 1 January after RAS200's November count (to check employment rates for small groups).
 */
import { type DataRequest, type OriginCategory, type StatbankData, type TableInfo, WHOLE_COUNTRY } from '../../statbank-client/index.ts';
import type { ContextScope } from '../../cells/index.ts';
import { categoriesOf, originRequestCodes, originSum } from './origin-sum.ts';
import { GROUPS } from '../../origin/types.ts';
import { rowLookup } from './row-lookup.ts';
import { agesBetween, singleAges } from './population-context.ts';

/** The widest age span any denominator needs. */
const MIN_AGE = 15;
const MAX_AGE = 79;

export interface Denominators {
  /**
   * Residents aged `from`–`to` of `categories` (FOLK1E's) at the start of `period` in the scope;
   * undefined when that period or age span was not fetched, null when StatBank leaves it out.
   */
  count(scope: ContextScope, period: string, from: number, to: number, categories: readonly OriginCategory[]): number | null | undefined;
}

/** The quarters of `wanted` that FOLK1E has, oldest first. */
export function availableQuarters(info: TableInfo, wanted: readonly string[]): string[] {
  const have = new Set((info.variables.find((v) => v.id === 'Tid')?.values ?? []).map((v) => v.id));
  return [...new Set(wanted)].filter((q) => have.has(q)).sort();
}

/** Residents aged 15–79 by origin in the municipality and the country at the start of `quarters`. */
export function denominatorRequest(info: TableInfo, municipality: string, quarters: readonly string[]): DataRequest {
  const categories = [...categoriesOf('FOLK1E', 'total'), ...GROUPS.flatMap((g) => categoriesOf('FOLK1E', g))];
  return {
    table: 'FOLK1E',
    format: 'CSV',
    variables: [
      { code: 'OMRÅDE', values: [municipality, WHOLE_COUNTRY] },
      { code: 'KØN', values: ['TOT'] },
      { code: 'ALDER', values: agesBetween(singleAges(info), MIN_AGE, MAX_AGE) },
      ...Object.entries(originRequestCodes('FOLK1E', categories)).map(([code, values]) => ({ code, values })),
      { code: 'Tid', values: [...quarters] },
    ],
  };
}

/** Denominators over an answer to `denominatorRequest` (or none, when it was not fetched). */
export function denominators(data: StatbankData | undefined, info: TableInfo, municipality: string, quarters: readonly string[]): Denominators {
  const lookup = data === undefined ? undefined : rowLookup(data);
  const ages = agesBetween(singleAges(info), MIN_AGE, MAX_AGE);
  return {
    count(scope, period, from, to, categories) {
      if (lookup === undefined || !quarters.includes(period) || from < MIN_AGE || to > MAX_AGE) return undefined;
      const area = scope === 'municipal' ? municipality : WHOLE_COUNTRY;
      return originSum('FOLK1E', lookup, { OMRÅDE: area, KØN: 'TOT', ALDER: agesBetween(ages, from, to), TID: period }, categories);
    },
  };
}
