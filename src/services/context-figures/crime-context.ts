/**
 * Persons found guilty of an offence, by origin — the public context of `kriminalitet`:
 *
 * - STRAFNA9: the whole country by group (men and women summed), also per 1,000 residents aged
 *   15–79 on 1 January of the year (FOLK1E), the ages the table covers;
 * - STRFNA10 / STRFNA11: the whole country by group per type of offence / type of decision;
 * - STRAFNA6: the municipality and the country, Danish origin against foreign origin (the table
 *   has no Western split, so foreign origin is `not_split`), by age band, also per 1,000.
 *
 * One cell per figure carries both the persons and the population, so a rate is suppressed exactly
 * when its count is.
 */
import {
  type DataRequest,
  groupOf,
  type OriginCategory,
  type StatbankData,
  type StatbankTableId,
  type TableInfo,
  WHOLE_COUNTRY,
} from '../../statbank-client/index.ts';
import type { ContextScope } from '../../cells/index.ts';
import { type ContextCell, suppressContextCells } from './context-cells.ts';
import { contextTable } from './context-margins.ts';
import type { Denominators } from './denominators.ts';
import { categoriesOf, originRequestCodes, originSum } from './origin-sum.ts';
import { GROUPS } from '../../origin/types.ts';
import { rowLookup, type Selection } from './row-lookup.ts';
import { countRow, ratioRow, type SeriesRow } from './series-row.ts';

/** The quarter whose population is the denominator of a crime year. */
export function crimeDenominatorQuarter(year: string): string {
  return `${year}K1`;
}

/** STRAFNA6's age bands, also those of the denominators. */
const CRIME_BANDS = [
  { code: '15-29', from: 15, to: 29 },
  { code: '30-49', from: 30, to: 49 },
  { code: '50-79', from: 50, to: 79 },
] as const;

/** STRFNA10's offence codes shown: the criminal code in total and its four categories. */
const OFFENCES = ['1', '11', '12', '13', '14'];

const NATIONAL_CATEGORIES = (table: StatbankTableId): OriginCategory[] => [...categoriesOf(table, 'total'), ...GROUPS.flatMap((g) => categoriesOf(table, g))];

function originVariables(table: StatbankTableId, categories: readonly OriginCategory[]) {
  return Object.entries(originRequestCodes(table, categories)).map(([code, values]) => ({ code, values }));
}

function valuesOf(info: TableInfo, variable: string): { id: string; text: string }[] {
  return info.variables.find((v) => v.id === variable)?.values ?? [];
}

/** The request for one crime table in `period`. */
export function crimeRequest(table: StatbankTableId, info: TableInfo, municipality: string, period: string): DataRequest {
  const tid = { code: 'Tid', values: [period] };
  switch (table) {
    case 'STRAFNA9':
      return {
        table,
        format: 'CSV',
        variables: [{ code: 'KOEN', values: ['M', 'K'] }, { code: 'ALDER', values: ['TOT'] }, ...originVariables(table, NATIONAL_CATEGORIES(table)), tid],
      };
    case 'STRFNA10': {
      const offences = valuesOf(info, 'OVERTRÆD')
        .map((v) => v.id)
        .filter((id) => OFFENCES.includes(id));
      return { table, format: 'CSV', variables: [{ code: 'OVERTRÆD', values: offences }, ...originVariables(table, NATIONAL_CATEGORIES(table)), tid] };
    }
    case 'STRFNA11':
      return {
        table,
        format: 'CSV',
        variables: [{ code: 'AFGØRELSE', values: valuesOf(info, 'AFGØRELSE').map((v) => v.id) }, ...originVariables(table, NATIONAL_CATEGORIES(table)), tid],
      };
    case 'STRAFNA6':
      return {
        table,
        format: 'CSV',
        variables: [
          { code: 'OMRÅDE', values: [municipality, WHOLE_COUNTRY] },
          { code: 'KØN', values: ['M', 'K'] },
          { code: 'ALDER', values: ['TOT', ...CRIME_BANDS.map((b) => b.code)] },
          ...originVariables(table, ['danish', 'foreign_origin']),
          tid,
        ],
      };
    default:
      throw new Error(`${table} is not a crime table`);
  }
}

interface CellSpec {
  scope: ContextScope;
  breakdown: string;
  label: string;
  group: ContextCell['group'];
  category: string;
  count: number | null;
  population: number | null | undefined;
}

function crimeCell(period: string, s: CellSpec): ContextCell {
  const withPopulation = s.population !== undefined;
  return {
    scope: s.scope,
    series: 'guilty',
    breakdown: s.breakdown,
    period,
    group: s.group,
    category: s.category,
    label: s.label,
    unit: 'persons',
    value: s.count,
    numerator: s.count,
    denominator: withPopulation ? (s.population ?? null) : null,
    kind: withPopulation ? 'rate' : 'count',
  };
}

/** National cells of STRAFNA9 / STRFNA10 / STRFNA11: one per group, per offence or decision. */
function nationalCells(table: StatbankTableId, data: StatbankData, info: TableInfo, period: string, denominators: Denominators): ContextCell[] {
  const lookup = rowLookup(data);
  const slices: { breakdown: string; label: string; base: Selection }[] =
    table === 'STRAFNA9'
      ? [{ breakdown: '', label: '', base: { KOEN: ['M', 'K'], ALDER: 'TOT', TID: period } }]
      : table === 'STRFNA10'
        ? valuesOf(info, 'OVERTRÆD')
            .filter((v) => data.rows.some((r) => r.keys.OVERTRÆD === v.id))
            .map((v) => ({ breakdown: `offence=${v.id}`, label: v.text, base: { OVERTRÆD: v.id, TID: period } }))
        : valuesOf(info, 'AFGØRELSE').map((v) => ({ breakdown: `decision=${v.id}`, label: v.text, base: { AFGØRELSE: v.id, TID: period } }));
  const groups = ['total', ...GROUPS] as const;
  return slices.flatMap((slice) =>
    groups.map((group) => {
      const categories = categoriesOf(table, group);
      const population =
        table === 'STRAFNA9' ? denominators.count('national', crimeDenominatorQuarter(period), 15, 79, categoriesOf('FOLK1E', group)) : undefined;
      return crimeCell(period, {
        scope: 'national',
        breakdown: slice.breakdown,
        label: slice.label,
        group,
        category: '',
        count: originSum(table, lookup, slice.base, categories),
        population,
      });
    }),
  );
}

/** STRAFNA6: Danish origin, foreign origin and both, by age band, in the municipality and the country. */
function municipalCells(data: StatbankData, municipality: string, period: string, denominators: Denominators): ContextCell[] {
  const lookup = rowLookup(data);
  const scopes: [ContextScope, string][] = [
    ['municipal', municipality],
    ['national', WHOLE_COUNTRY],
  ];
  const foreign = categoriesOf('FOLK1E', 'target').concat(categoriesOf('FOLK1E', 'other'));
  const parts: { category: OriginCategory; population: OriginCategory[] }[] = [
    { category: 'danish', population: categoriesOf('FOLK1E', 'comparison') },
    { category: 'foreign_origin', population: foreign },
  ];
  const bands = [{ breakdown: '', code: 'TOT', from: 15, to: 79 }, ...CRIME_BANDS.map((b) => ({ breakdown: `age=${b.code}`, ...b }))];
  return scopes.flatMap(([scope, area]) =>
    bands.flatMap((band) => {
      const base: Selection = { OMRÅDE: area, KØN: ['M', 'K'], ALDER: band.code, TID: period };
      const quarter = crimeDenominatorQuarter(period);
      const cells = parts.map((p) => {
        const group = groupOf(p.category);
        return crimeCell(period, {
          scope,
          breakdown: band.breakdown,
          label: '',
          group,
          category: group === 'not_split' ? p.category : '',
          count: originSum('STRAFNA6', lookup, base, [p.category]),
          population: denominators.count(scope, quarter, band.from, band.to, p.population),
        });
      });
      const [danish, foreignCell] = cells;
      const count = danish?.numerator == null || foreignCell?.numerator == null ? null : danish.numerator + foreignCell.numerator;
      const population = denominators.count(scope, quarter, band.from, band.to, categoriesOf('FOLK1E', 'total'));
      return [...cells, crimeCell(period, { scope, breakdown: band.breakdown, label: '', group: 'total', category: '', count, population })];
    }),
  );
}

/** Series `guilty_persons` (persons) and, where the population is known, `guilty_rate` (per 1,000). */
export function crimeRows(
  table: StatbankTableId,
  data: StatbankData,
  info: TableInfo,
  municipality: string,
  period: string,
  denominators: Denominators,
  threshold: number,
): SeriesRow[] {
  const cells = table === 'STRAFNA6' ? municipalCells(data, municipality, period, denominators) : nationalCells(table, data, info, period, denominators);
  return suppressContextCells(cells, contextTable(cells, ['age']), threshold).flatMap((c) => [
    countRow(c, 'guilty_persons'),
    ...(c.kind === 'rate' ? ratioRow(c, 'guilty_rate', 'per1000', 1000) : []),
  ]);
}
