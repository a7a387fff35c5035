/**
 * FOLK1E, the population on the first day of the quarter by area, sex, age and origin: the
 * municipality's and the country's origin mix (counts and shares per group), by sex and by age
 * band — the public denominators beside the municipality's own figures. FOLK1E has single years of
 * age; the bands are summed here.
 */
import { type DataRequest, type StatbankData, type TableInfo, WHOLE_COUNTRY } from '../../statbank-client/index.ts';
import type { ContextScope } from '../../cells/index.ts';
import { type ContextCell, personShareCell, suppressContextCells } from './context-cells.ts';
import { contextTable } from './context-margins.ts';
import { categoriesOf, originRequestCodes, originSum } from './origin-sum.ts';
import { GROUPS } from '../../origin/types.ts';
import { rowLookup, type Selection } from './row-lookup.ts';
import { countRow, ratioRow, type SeriesRow } from './series-row.ts';

/** The age bands of the origin mix (the crime indicator's bands; `0-17` is "under 18"). */
export const AGE_BANDS: readonly { code: string; from: number; to: number }[] = [
  { code: '0-17', from: 0, to: 17 },
  { code: '18-29', from: 18, to: 29 },
  { code: '30-49', from: 30, to: 49 },
  { code: '50-64', from: 50, to: 64 },
  { code: '65+', from: 65, to: Number.POSITIVE_INFINITY },
];

/** FOLK1E's single-year age codes (`0` … `125`), without the total `IALT`. */
export function singleAges(info: TableInfo): string[] {
  return (info.variables.find((v) => v.id === 'ALDER')?.values ?? []).map((v) => v.id).filter((id) => /^\d+$/.test(id));
}

/** The age codes from `from` to `to` (inclusive) among `ages`. */
export function agesBetween(ages: readonly string[], from: number, to: number): string[] {
  return ages.filter((a) => Number(a) >= from && Number(a) <= to);
}

/** The municipality's and the country's population in `period`, by sex and single year of age. */
export function populationRequest(info: TableInfo, municipality: string, period: string): DataRequest {
  return {
    table: 'FOLK1E',
    format: 'CSV',
    variables: [
      { code: 'OMRÅDE', values: [municipality, WHOLE_COUNTRY] },
      { code: 'KØN', values: ['TOT', '1', '2'] },
      { code: 'ALDER', values: ['IALT', ...singleAges(info)] },
      ...Object.entries(originRequestCodes('FOLK1E', [...categoriesOf('FOLK1E', 'total'), ...GROUPS.flatMap((g) => categoriesOf('FOLK1E', g))])).map(
        ([code, values]) => ({ code, values }),
      ),
      { code: 'Tid', values: [period] },
    ],
  };
}

interface Slice {
  breakdown: string;
  sex: string;
  ages: string | readonly string[];
}

function slices(ages: readonly string[]): Slice[] {
  return [
    { breakdown: '', sex: 'TOT', ages: 'IALT' },
    { breakdown: 'sex=M', sex: '1', ages: 'IALT' },
    { breakdown: 'sex=K', sex: '2', ages: 'IALT' },
    ...AGE_BANDS.map((b) => ({ breakdown: `age=${b.code}`, sex: 'TOT', ages: agesBetween(ages, b.from, b.to) })),
  ];
}

function cellsOf(data: StatbankData, scope: ContextScope, area: string, period: string, ages: readonly string[]): ContextCell[] {
  const lookup = rowLookup(data);
  return slices(ages).flatMap((slice) => {
    const base: Selection = { OMRÅDE: area, KØN: slice.sex, ALDER: slice.ages, TID: period };
    const total = originSum('FOLK1E', lookup, base, categoriesOf('FOLK1E', 'total'));
    const cell = (group: ContextCell['group'], count: number | null): ContextCell =>
      personShareCell({ scope, series: 'population', breakdown: slice.breakdown, period, group }, count, total);
    return [...GROUPS.map((g) => cell(g, originSum('FOLK1E', lookup, base, categoriesOf('FOLK1E', g)))), cell('total', total)];
  });
}

/**
 * Series `population` (persons) and `population_share` (share of the area's residents) per group,
 * for the municipality and the whole country, suppressed with `threshold`.
 */
export function populationRows(data: StatbankData, info: TableInfo, municipality: string, period: string, threshold: number): SeriesRow[] {
  const ages = singleAges(info);
  const cells = [...cellsOf(data, 'municipal', municipality, period, ages), ...cellsOf(data, 'national', WHOLE_COUNTRY, period, ages)];
  return suppressContextCells(cells, contextTable(cells, ['sex', 'age']), threshold).flatMap((c) => [
    countRow(c, 'population'),
    ...(c.group === 'total' ? [] : ratioRow(c, 'population_share', 'share')),
  ]);
}
