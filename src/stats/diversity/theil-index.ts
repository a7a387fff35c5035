/**
 * Theil's information theory index H for any number of groups (H. Theil & A. J. Finizza, J. Math.
 * Sociology 1:187–194, 1971; multigroup form in S. F. Reardon & G. Firebaugh, "Measures of
 * multigroup segregation", Sociological Methodology 32:33–67, 2002, eq. 12):
 *
 *   H = Σᵢ tᵢ (E − Eᵢ) / (T · E)
 *
 * E the entropy of the whole population's group mix, Eᵢ that of area i, tᵢ and T residents.
 * 0 = every area has the overall mix, 1 = every area holds a single group.
 */

import { type NotComputable, notComputable } from '../result-types.ts';
import { type AreaCounts, areaTotal, assertAreaCounts, countOf, entropy, groupsOf, groupTotal, type IndexValue } from './area-counts.ts';

/**
 * Multigroup H over all groups named in the areas. Not computable with no residents, or when
 * everybody belongs to one group (E = 0: there is nothing to segregate).
 * @example theilIndex([{ area: 'a', counts: { x: 10 } }, { area: 'b', counts: { y: 10 } }]) // 1
 */
export function theilIndex(areas: readonly AreaCounts[]): IndexValue | NotComputable {
  assertAreaCounts(areas);
  const groups = groupsOf(areas);
  const total = areas.reduce((s, a) => s + areaTotal(a), 0);
  if (total === 0) return notComputable('empty_denominator');
  const overall = entropy(groups.map((g) => groupTotal(areas, g)));
  if (overall === 0) return notComputable('single_group');
  let sum = 0;
  for (const area of areas) {
    const t = areaTotal(area);
    if (t > 0) sum += t * (overall - entropy(groups.map((g) => countOf(area, g))));
  }
  return { kind: 'index', value: sum / (total * overall) };
}
