/**
 * The housing-area view of the diversity indicator: per area the target group's share and the
 * Simpson and Shannon diversity of the three groups, and across areas the dissimilarity index,
 * isolation, exposure and Theil's H. Areas with a suppressed group count are left out of the
 * municipality-wide indices (their counts are unknown), and shown as suppressed.
 */
import {
  type AreaCounts,
  areaDiversity,
  dissimilarityIndex,
  exposureIndex,
  isolationIndex,
  theilIndex,
} from '../../stats/index.ts';
import type { Cell } from '../../store/index.ts';
import type { AreaRow, SegregationRow } from '../result-types.ts';
import { breakdownKey, cellKey } from './delivery-table.ts';

const GROUPS = ['target', 'comparison', 'other'] as const;

export interface AreaIndices {
  areas: AreaRow[];
  segregation: SegregationRow;
  /** Population-weighted mean of the areas' Simpson diversity: the indicator's headline. */
  meanSimpson: number | null;
}

/** Area rows and municipality-wide indices for one municipality's cells of one period's delivery. */
export function areaIndices(
  municipality: string,
  period: string,
  cells: readonly Cell[],
  suppressed: ReadonlySet<string>,
  remainderCode?: string,
): AreaIndices {
  const own = cells.filter((c) => c.municipality === municipality);
  const byKey = new Map(own.map((c) => [cellKey(c), c]));
  // Residents without an area (the remainder cell) live in no area: they are not a unit of the indices.
  const areaCodes = [...new Set(own.filter((c) => breakdownKey(c.breakdown) === 'area').map((c) => c.breakdown.slice(5)))]
    .filter((code) => code !== remainderCode)
    .sort();
  const complete: AreaCounts[] = [];
  const areas: AreaRow[] = areaCodes.map((area) => {
    const breakdown = `area=${area}`;
    const counts = countsOf(byKey, suppressed, municipality, breakdown);
    if (!counts) return suppressedArea(municipality, period, area);
    complete.push({ area, counts });
    const d = areaDiversity({ area, counts }, 'target', GROUPS);
    if (d.kind !== 'diversity') return suppressedArea(municipality, period, area);
    return { municipality, period, area, total: d.total, targetShare: d.targetShare, simpson: d.simpson, shannon: d.shannon, suppressed: false, aboveHalf: d.targetShare > 0.5 };
  });
  return { areas, segregation: segregation(municipality, period, complete), meanSimpson: weightedSimpson(areas) };
}

function countsOf(
  byKey: ReadonlyMap<string, Cell>,
  suppressed: ReadonlySet<string>,
  municipality: string,
  breakdown: string,
): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const group of GROUPS) {
    const key = cellKey({ municipality, group, breakdown });
    const cell = byKey.get(key);
    if (!cell || suppressed.has(key) || cell.numerator === null) return null;
    counts[group] = cell.numerator;
  }
  return counts;
}

function suppressedArea(municipality: string, period: string, area: string): AreaRow {
  return { municipality, period, area, total: null, targetShare: null, simpson: null, shannon: null, suppressed: true, aboveHalf: false };
}

function segregation(municipality: string, period: string, areas: readonly AreaCounts[]): SegregationRow {
  const value = (r: { kind: string; value?: number }) => (r.kind === 'index' && r.value !== undefined ? r.value : null);
  if (areas.length < 2) return { municipality, period, dissimilarity: null, isolation: null, exposure: null, theil: null };
  return {
    municipality,
    period,
    dissimilarity: value(dissimilarityIndex(areas, 'target', 'comparison')),
    isolation: value(isolationIndex(areas, 'target')),
    exposure: value(exposureIndex(areas, 'target', 'comparison')),
    theil: value(theilIndex(areas)),
  };
}

function weightedSimpson(areas: readonly AreaRow[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const a of areas) {
    if (a.simpson === null || a.total === null) continue;
    weight += a.total;
    sum += a.total * a.simpson;
  }
  return weight > 0 ? sum / weight : null;
}
