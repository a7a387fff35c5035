/**
 * The input shape of the diversity module — residents per origin group in each housing area —
 * and the small helpers every index shares (group list, area totals, validation).
 */

/** Residents per group (e.g. target / comparison / other, or origin countries) in one area. */
export interface AreaCounts {
  area: string;
  counts: Readonly<Record<string, number>>;
}

/** A segregation or diversity index over all areas. */
export interface IndexValue {
  kind: 'index';
  value: number;
}

/** Throws unless every count is a finite number ≥ 0. */
export function assertAreaCounts(areas: readonly AreaCounts[]): void {
  for (const { area, counts } of areas) {
    for (const [group, count] of Object.entries(counts)) {
      if (!(Number.isFinite(count) && count >= 0)) {
        throw new RangeError(`count for '${group}' in area '${area}' must be a finite number >= 0, got ${count}`);
      }
    }
  }
}

/** Every group named in any area, in first-seen order. */
export function groupsOf(areas: readonly AreaCounts[]): string[] {
  const groups = new Set<string>();
  for (const { counts } of areas) for (const group of Object.keys(counts)) groups.add(group);
  return [...groups];
}

/** The count of `group` in an area; a group the area does not name has 0 residents. */
export function countOf(area: AreaCounts, group: string): number {
  return area.counts[group] ?? 0;
}

/** All residents of an area. */
export function areaTotal(area: AreaCounts): number {
  return Object.values(area.counts).reduce((sum, c) => sum + c, 0);
}

/** Residents of `group` over all areas. */
export function groupTotal(areas: readonly AreaCounts[], group: string): number {
  return areas.reduce((sum, a) => sum + countOf(a, group), 0);
}

/** Shannon entropy −Σ p ln p of the given counts (natural log; 0 · ln 0 = 0). */
export function entropy(counts: readonly number[]): number {
  const total = counts.reduce((s, c) => s + c, 0);
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log(c / total);
  return h;
}
