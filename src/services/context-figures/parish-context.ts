/**
 * KMSTA001, the population on 1 January by parish and origin: a public-data version of the
 * housing-area diversity indicator (`boligomraader-diversitet`), with the parishes of the
 * municipality as the areas and the same indices as the person-level indicator — computed by the
 * same function (`areaIndices`): per parish the target group's share, Simpson's and Shannon's
 * diversity; across parishes the dissimilarity, isolation, exposure and Theil indices and the
 * population-weighted mean Simpson index. A parish with a suppressed count is shown suppressed and
 * left out of the indices, as a housing area is.
 *
 * Church membership (FKMED) is summed away. KMSTA001 names each parish with its municipality in
 * brackets (`7001 Vor Frue (Københavns Kommune)`); the parishes of the municipality are those whose
 * bracket names it.
 */
import { type DataRequest, StatbankSchemaError, type StatbankData, type TableInfo } from '../../statbank-client/index.ts';
import type { Cell } from '../../cells/index.ts';
import { areaIndices, cellKey } from '../compute/index.ts';
import { type ContextCell, type SuppressedContextCell, suppressContextCells } from './context-cells.ts';
import { contextTable } from './context-margins.ts';
import { categoriesOf, originRequestCodes, originSum } from './origin-sum.ts';
import { GROUPS, type Group } from '../../origin/types.ts';
import { rowLookup } from './row-lookup.ts';
import { countRow, ratioRow, type SeriesRow } from './series-row.ts';

export interface Parish {
  code: string;
  name: string;
}

/**
 * The municipality the parish cells are filed under while the area indices are computed: every
 * parish lies in the one municipality being fetched, and the cells never reach the store, so only
 * the keys' consistency matters.
 */
const PARISH_PLACE = '';

const BRACKET = /^(?:\d+\s+)?(.*?)\s*\(([^()]+)\)\s*$/;

/** How KMSTA001 may write the municipality `name` in a parish's brackets. */
function namesMunicipality(bracket: string, name: string): boolean {
  return [`${name} Kommune`, `${name}s Kommune`, `${name} Regionskommune`, `${name}s Regionskommune`].includes(bracket);
}

/**
 * The parishes of the municipality called `name` (FOLK1E's text for its code, e.g. `København`).
 * Throws `StatbankSchemaError` when none is found: the parish texts have changed their form.
 */
export function parishesOf(info: TableInfo, name: string): Parish[] {
  const parishes = (info.variables.find((v) => v.id === 'SOGN')?.values ?? []).flatMap((v) => {
    const match = BRACKET.exec(v.text);
    return match !== null && namesMunicipality(match[2] ?? '', name) ? [{ code: v.id, name: match[1] ?? v.text }] : [];
  });
  if (parishes.length === 0) throw new StatbankSchemaError('KMSTA001', 'SOGN', `nævner ingen sogne i ${name} Kommune / names no parish of ${name}`);
  return parishes;
}

/** The parishes' residents by origin and church membership in `period`. */
export function parishRequest(parishes: readonly Parish[], period: string): DataRequest {
  return {
    table: 'KMSTA001',
    format: 'CSV',
    variables: [
      { code: 'SOGN', values: parishes.map((p) => p.code) },
      ...Object.entries(
        originRequestCodes(
          'KMSTA001',
          GROUPS.flatMap((g) => categoriesOf('KMSTA001', g)),
        ),
      ).map(([code, values]) => ({ code, values })),
      { code: 'FKMED', values: ['F', 'U'] },
      { code: 'Tid', values: [period] },
    ],
  };
}

function parishCells(data: StatbankData, parishes: readonly Parish[], period: string): ContextCell[] {
  const lookup = rowLookup(data);
  return parishes.flatMap((parish) => {
    const base = { SOGN: parish.code, FKMED: ['F', 'U'], TID: period };
    const counts = GROUPS.map((g) => originSum('KMSTA001', lookup, base, categoriesOf('KMSTA001', g)));
    const total = counts.some((c) => c === null) ? null : counts.reduce<number>((s, c) => s + (c ?? 0), 0);
    const cell = (group: Group | 'total', count: number | null): ContextCell => ({
      scope: 'municipal',
      series: 'residents',
      breakdown: `sogn=${parish.code}`,
      period,
      group,
      category: '',
      label: parish.name,
      unit: 'persons',
      value: count,
      numerator: count,
      denominator: total,
      kind: 'share',
    });
    return [...GROUPS.map((g, i) => cell(g, counts[i] ?? null)), cell('total', total)];
  });
}

function indexRow(period: string, series: string, breakdown: string, label: string, value: number | null, suppressed: boolean): SeriesRow {
  return { scope: 'municipal', series, breakdown, period, group: 'total', category: '', label, value: suppressed ? null : value, unit: 'index', suppressed };
}

function indexRows(cells: readonly SuppressedContextCell[], parishes: readonly Parish[], period: string): SeriesRow[] {
  const storeCells: Cell[] = cells.map((c) => ({
    municipality: PARISH_PLACE,
    group: c.group as Cell['group'],
    breakdown: `area=${c.breakdown.slice('sogn='.length)}`,
    numerator: c.numerator,
    denominator: c.denominator,
    value: null,
    sd: null,
    n: null,
    suppressed: c.suppressed,
    note: '',
  }));
  const suppressed = new Set(storeCells.filter((c) => c.suppressed).map((c) => cellKey(c)));
  const { areas, segregation, meanSimpson } = areaIndices(PARISH_PLACE, period, storeCells, suppressed);
  const names = new Map(parishes.map((p) => [p.code, p.name]));
  return [
    ...areas.flatMap((a) => [
      indexRow(period, 'simpson', `sogn=${a.area}`, names.get(a.area) ?? '', a.simpson, a.suppressed),
      indexRow(period, 'shannon', `sogn=${a.area}`, names.get(a.area) ?? '', a.shannon, a.suppressed),
    ]),
    indexRow(period, 'mean_simpson', '', '', meanSimpson, false),
    indexRow(period, 'dissimilarity', '', '', segregation.dissimilarity, false),
    indexRow(period, 'isolation', '', '', segregation.isolation, false),
    indexRow(period, 'exposure', '', '', segregation.exposure, false),
    indexRow(period, 'theil', '', '', segregation.theil, false),
  ];
}

/**
 * Series `residents` (persons) and `residents_share` per parish and group, `simpson` and `shannon`
 * per parish, and the municipality's `mean_simpson`, `dissimilarity`, `isolation`, `exposure` and
 * `theil` (null when fewer than two parishes can be used).
 */
export function parishRows(data: StatbankData, parishes: readonly Parish[], period: string, threshold: number): SeriesRow[] {
  const cells = parishCells(data, parishes, period);
  const suppressed = suppressContextCells(cells, contextTable(cells, []), threshold);
  return [
    ...suppressed.flatMap((c) => [countRow(c, 'residents'), ...(c.group === 'total' ? [] : ratioRow(c, 'residents_share', 'share'))]),
    ...indexRows(suppressed, parishes, period),
  ];
}
