/**
 * The comparison of the target group with the comparison group: the gap (target minus
 * comparison, DATA.md §5, in the measure's own unit: a fraction for shares, per 1,000 for rates,
 * grade points for means) and the ratio.
 */

/**
 * target − comparison, in the unit of the measure.
 * @example gap(0.42, 0.55) // −0.13 (13 percentage points below)
 */
export function gap(target: number, comparison: number): number {
  return target - comparison;
}

/**
 * target / comparison; null when the comparison value is 0 (no ratio exists).
 * @example ratio(0.3, 0.6) // 0.5
 */
export function ratio(target: number, comparison: number): number | null {
  return comparison === 0 ? null : target / comparison;
}
