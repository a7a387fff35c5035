/**
 * EB4, the population on 1 January by origin including the children of descendants (the memo's
 * third generation) as their own category: the municipality's groups as they are when an
 * indicator includes the third generation (DATA.md §2) — non-Western children of descendants join
 * the target group and leave the comparison group — and the children of descendants themselves.
 */
import type { DataRequest, OriginCategory, StatbankData } from '../../statbank-client/index.ts';
import { type ContextCell, personShareCell, suppressContextCells } from './context-cells.ts';
import { contextTable } from './context-margins.ts';
import { categoriesOf, originRequestCodes, originSum } from './origin-sum.ts';
import { GROUPS } from '../../origin/types.ts';
import { rowLookup, type Selection } from './row-lookup.ts';
import { countRow, ratioRow, type SeriesRow } from './series-row.ts';

const CHILDREN: readonly { group: ContextCell['group']; categories: OriginCategory[] }[] = [
  { group: 'target', categories: ['children_of_descendants_non_western'] },
  { group: 'other', categories: ['children_of_descendants_western'] },
  { group: 'total', categories: ['children_of_descendants'] },
];

/** The municipality's population by origin (herkomst × origin country group) in `period`. */
export function thirdGenerationRequest(municipality: string, period: string): DataRequest {
  const categories = [...categoriesOf('EB4', 'total'), ...GROUPS.flatMap((g) => categoriesOf('EB4', g)), 'children_of_descendants' as const];
  return {
    table: 'EB4',
    format: 'CSV',
    variables: [
      ...Object.entries(originRequestCodes('EB4', categories)).map(([code, values]) => ({ code, values })),
      { code: 'KØN', values: ['TOT'] },
      { code: 'ALDER', values: ['IALT'] },
      { code: 'OMRÅDE', values: [municipality] },
      { code: 'Tid', values: [period] },
    ],
  };
}

function cell(series: string, period: string, group: ContextCell['group'], count: number | null, total: number | null): ContextCell {
  return personShareCell({ scope: 'municipal', series, breakdown: '', period, group }, count, total);
}

/**
 * Series `population_third_generation` (persons and `…_share`) per group, and
 * `children_of_descendants` (persons) by Western / non-Western origin.
 */
export function thirdGenerationRows(data: StatbankData, municipality: string, period: string, threshold: number): SeriesRow[] {
  const lookup = rowLookup(data);
  const base: Selection = { KØN: 'TOT', ALDER: 'IALT', OMRÅDE: municipality, TID: period };
  const total = originSum('EB4', lookup, base, categoriesOf('EB4', 'total'));
  const children = originSum('EB4', lookup, base, ['children_of_descendants']);
  const cells = [
    ...GROUPS.map((g) => cell('population_third_generation', period, g, originSum('EB4', lookup, base, categoriesOf('EB4', g)), total)),
    cell('population_third_generation', period, 'total', total, total),
    ...CHILDREN.map((c) => cell('children_of_descendants', period, c.group, originSum('EB4', lookup, base, c.categories), children)),
  ];
  return suppressContextCells(cells, contextTable(cells, []), threshold).flatMap((c) => [
    countRow(c, c.series),
    ...(c.series === 'population_third_generation' && c.group !== 'total' ? ratioRow(c, 'population_third_generation_share', 'share') : []),
  ]);
}
