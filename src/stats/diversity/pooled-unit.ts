/**
 * The pooled unit that lets segregation indices cover every resident when some areas cannot be
 * shown: the whole population's counts minus the shown areas' counts, per group. Because those
 * differences follow from published figures alone, indices over the shown areas plus this unit
 * reveal nothing beyond the publication. The unit is coarser than the areas it stands for, so the
 * dissimilarity index, isolation and Theil's H can only come out lower than over the exact areas
 * (merging units never raises them), and the mean Simpson diversity higher; exposure may move
 * either way.
 */
import { type AreaCounts, assertAreaCounts } from './area-counts.ts';

/**
 * The shown areas plus one unit named `name` holding everyone else (left out when it holds
 * nobody). Throws when the shown areas hold more of a group than the whole: such a table does
 * not add up and no index over it would mean anything.
 * @example withPooledUnit([{ area: 'a', counts: { x: 40, y: 10 } }], { x: 50, y: 60 }, 'rest')
 *   // [{ area: 'a', counts: { x: 40, y: 10 } }, { area: 'rest', counts: { x: 10, y: 50 } }]
 */
export function withPooledUnit(shown: readonly AreaCounts[], whole: Readonly<Record<string, number>>, name: string): AreaCounts[] {
  assertAreaCounts([...shown, { area: 'whole', counts: whole }]);
  const pool: Record<string, number> = {};
  for (const [group, count] of Object.entries(whole)) {
    const rest = count - shown.reduce((s, a) => s + (a.counts[group] ?? 0), 0);
    if (rest < 0) throw new RangeError(`the shown areas hold ${count - rest} of group '${group}', more than the whole ${count}`);
    pool[group] = rest;
  }
  return Object.values(pool).some((c) => c > 0) ? [...shown, { area: name, counts: pool }] : [...shown];
}
