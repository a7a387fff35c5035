/**
 * The index of dissimilarity between two groups across areas (O. D. Duncan & B. Duncan, "A
 * methodological analysis of segregation indexes", American Sociological Review 20:210–217, 1955):
 *
 *   D = ½ Σᵢ |aᵢ/A − bᵢ/B|
 *
 * the share of either group that would have to move for both to be spread alike. 0 = the same
 * distribution over areas, 1 = no area holds both.
 */

import { type NotComputable, notComputable } from '../result-types.ts';
import { type AreaCounts, assertAreaCounts, countOf, groupTotal, type IndexValue } from './area-counts.ts';

/**
 * D between groups `a` and `b`; not computable when either group has no residents at all.
 * @example dissimilarityIndex([{ area: 'x', counts: { t: 10, c: 30 } }, { area: 'y', counts: { t: 30, c: 10 } }], 't', 'c')
 *   // ½(|0.25 − 0.75| + |0.75 − 0.25|) = 0.5
 */
export function dissimilarityIndex(areas: readonly AreaCounts[], a: string, b: string): IndexValue | NotComputable {
  assertAreaCounts(areas);
  const totalA = groupTotal(areas, a);
  const totalB = groupTotal(areas, b);
  if (totalA === 0 || totalB === 0) return notComputable('empty_denominator', totalA === 0 ? a : b);
  const sum = areas.reduce((s, area) => s + Math.abs(countOf(area, a) / totalA - countOf(area, b) / totalB), 0);
  return { kind: 'index', value: sum / 2 };
}
