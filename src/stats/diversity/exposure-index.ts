/**
 * Exposure and isolation (W. Bell, "A probability model for the measurement of ecological
 * segregation", Social Forces 32:357–364, 1954; Lieberson 1981; Massey & Denton, "The dimensions of
 * residential segregation", Social Forces 67:281–315, 1988):
 *
 *   exposure  ₓP_y = Σᵢ (xᵢ/X)(yᵢ/tᵢ)   — the share of group y in the area of the average x resident
 *   isolation ₓPₓ = Σᵢ (xᵢ/X)(xᵢ/tᵢ)
 *
 * tᵢ is every resident of area i (all groups). Σ_y ₓP_y over all groups (x included) is 1.
 */

import { type NotComputable, notComputable } from '../result-types.ts';
import { type AreaCounts, areaTotal, assertAreaCounts, countOf, groupTotal, type IndexValue } from './area-counts.ts';

/**
 * Exposure of group x to group y; not computable when x has no residents.
 * @example exposureIndex([{ area: 'a', counts: { x: 10, y: 30 } }, { area: 'b', counts: { x: 30, y: 10 } }], 'x', 'y')
 *   // (10/40)(30/40) + (30/40)(10/40) = 0.375
 */
export function exposureIndex(areas: readonly AreaCounts[], x: string, y: string): IndexValue | NotComputable {
  assertAreaCounts(areas);
  const totalX = groupTotal(areas, x);
  if (totalX === 0) return notComputable('empty_denominator', x);
  let value = 0;
  for (const area of areas) {
    const t = areaTotal(area);
    if (t > 0) value += (countOf(area, x) / totalX) * (countOf(area, y) / t);
  }
  return { kind: 'index', value };
}

/**
 * Isolation of group x (its exposure to itself).
 * @example isolationIndex([{ area: 'a', counts: { x: 10, y: 30 } }, { area: 'b', counts: { x: 30, y: 10 } }], 'x')
 *   // (10/40)(10/40) + (30/40)(30/40) = 0.625
 */
export function isolationIndex(areas: readonly AreaCounts[], x: string): IndexValue | NotComputable {
  return exposureIndex(areas, x, x);
}
