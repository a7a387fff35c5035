/**
 * Diversity of residents' origin within each housing area (indicator `boligomraader-diversitet`):
 * the target group's share, Simpson's diversity 1 − Σpₘ² (the chance that two residents drawn at
 * random belong to different groups; E. H. Simpson, Nature 163:688, 1949), Shannon's entropy
 * −Σ pₘ ln pₘ (C. E. Shannon, Bell Syst. Tech. J. 27, 1948) and the entropy normalised by its
 * maximum ln K (Pielou's evenness, J. Theor. Biol. 13:131–144, 1966), K = the number of groups.
 */

import { type NotComputable, notComputable } from '../result-types.ts';
import { type AreaCounts, areaTotal, assertAreaCounts, countOf, entropy, groupsOf } from './area-counts.ts';

/** Diversity figures for one area. `normalisedShannon` is null with fewer than two groups. */
export interface AreaDiversity {
  kind: 'diversity';
  total: number;
  targetShare: number;
  simpson: number;
  shannon: number;
  normalisedShannon: number | null;
  groups: number;
}

/**
 * Diversity of one area over `groups` (default: the groups the area names, zeros included).
 * An area without residents is not computable.
 * @example areaDiversity({ area: '0101', counts: { target: 25, comparison: 75 } }, 'target')
 *   // targetShare 0.25, simpson 1 − (0.0625 + 0.5625) = 0.375
 */
export function areaDiversity(area: AreaCounts, target: string, groups: readonly string[] = Object.keys(area.counts)): AreaDiversity | NotComputable {
  assertAreaCounts([area]);
  const total = areaTotal(area);
  if (total === 0) return notComputable('empty_denominator');
  const counts = groups.map((g) => countOf(area, g));
  const simpson = 1 - counts.reduce((s, c) => s + (c / total) ** 2, 0);
  const shannon = entropy(counts);
  const normalisedShannon = groups.length < 2 ? null : shannon / Math.log(groups.length);
  return { kind: 'diversity', total, targetShare: countOf(area, target) / total, simpson, shannon, normalisedShannon, groups: groups.length };
}

/**
 * Diversity of every area, normalised over the same groups (every group named in any area).
 * @example diversityByArea(areas, 'target') // [{ area: '0101', diversity: {…} }, …]
 */
export function diversityByArea(areas: readonly AreaCounts[], target: string): { area: string; diversity: AreaDiversity | NotComputable }[] {
  const groups = groupsOf(areas);
  return areas.map((a) => ({ area: a.area, diversity: areaDiversity(a, target, groups) }));
}
