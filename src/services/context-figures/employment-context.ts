/**
 * RAS200, employment rates (ultimo November) by area and origin: the share of 16–64-year-olds in
 * employment (`BFK`) for each origin category, in the municipality and the whole country — the
 * public context of `selvforsoergelse`.
 *
 * StatBank publishes rates, not the persons behind them, and rates cannot be summed into groups,
 * so each origin category is kept with its group. To apply the small-cell rule anyway, each rate is
 * checked with the persons it implies: FOLK1E's residents aged 16–64 of the category on the
 * following 1 January (d) and round(rate × d) employed. A category with 1–4 residents, or with 1–4
 * employed or not employed, is suppressed; so is a municipal rate without a denominator.
 */
import { type DataRequest, groupOf, type OriginCategory, type StatbankData, WHOLE_COUNTRY } from '../../statbank-client/index.ts';
import type { ContextScope } from '../../cells/index.ts';
import { type ContextCell, suppressContextCells } from './context-cells.ts';
import { contextTable } from './context-margins.ts';
import type { Denominators } from './denominators.ts';
import { categorySelection, originRequestCodes } from './origin-sum.ts';
import { rowLookup } from './row-lookup.ts';
import { figureRow, type SeriesRow } from './series-row.ts';

/** RAS200's categories shown: the total and the five disjoint ones (not the subtotals 20 and 30). */
export const EMPLOYMENT_CATEGORIES: readonly OriginCategory[] = [
  'total',
  'danish',
  'immigrants_western',
  'immigrants_non_western',
  'descendants_western',
  'descendants_non_western',
];

const AGE = '16-64';
const EMPLOYMENT_RATE = 'BFK';

/** The quarter whose population best matches RAS200's November count of `year`. */
export function employmentDenominatorQuarter(year: string): string {
  return `${Number(year) + 1}K1`;
}

/** Employment rates of the municipality and the country in `period`. */
export function employmentRequest(municipality: string, period: string): DataRequest {
  return {
    table: 'RAS200',
    format: 'CSV',
    variables: [
      { code: 'OMRÅDE', values: [municipality, WHOLE_COUNTRY] },
      ...Object.entries(originRequestCodes('RAS200', EMPLOYMENT_CATEGORIES)).map(([code, values]) => ({ code, values })),
      { code: 'ALDER', values: [AGE] },
      { code: 'KØN', values: ['TOT'] },
      { code: 'BEREGNING', values: [EMPLOYMENT_RATE] },
      { code: 'Tid', values: [period] },
    ],
  };
}

function cellsOf(data: StatbankData, scope: ContextScope, area: string, period: string, denominators: Denominators): ContextCell[] {
  const lookup = rowLookup(data);
  return EMPLOYMENT_CATEGORIES.map((category) => {
    const rate = lookup.sum(categorySelection('RAS200', { OMRÅDE: area, ALDER: AGE, KØN: 'TOT', BEREGNING: EMPLOYMENT_RATE, TID: period }, category));
    const d = denominators.count(scope, employmentDenominatorQuarter(period), 16, 64, [category]) ?? null;
    const employed = rate === null || d === null ? null : Math.round((rate / 100) * d);
    const group = groupOf(category);
    return {
      scope,
      series: 'employment_rate',
      breakdown: '',
      period,
      group,
      category: group === 'total' ? '' : category,
      label: '',
      unit: 'percent',
      value: rate,
      numerator: employed,
      denominator: d,
      kind: 'share',
    };
  });
}

/** Series `employment_rate` (percent, as StatBank publishes it) per origin category. */
export function employmentRows(data: StatbankData, municipality: string, period: string, denominators: Denominators, threshold: number): SeriesRow[] {
  const cells = [...cellsOf(data, 'municipal', municipality, period, denominators), ...cellsOf(data, 'national', WHOLE_COUNTRY, period, denominators)];
  return suppressContextCells(cells, contextTable(cells, []), threshold).map(figureRow);
}
