/**
 * Direct age standardisation of a share: what the target group's share would be if it had the
 * comparison group's age structure — so that a younger target group is not judged against an
 * older comparison group on an age-dependent measure (home care, social psychiatry).
 *
 *   wᵢ = Wᵢ / ΣW (standard weights: the comparison group's denominators per band)
 *   DSR = Σ wᵢ pᵢ,  pᵢ = xᵢ/nᵢ (target group, band i)
 *   Var(DSR) = Σ wᵢ² pᵢ(1 − pᵢ)/nᵢ  (independent binomial bands; Breslow & Day, Statistical
 *   Methods in Cancer Research vol. II, IARC 1987, §2.3, for proportions)
 *
 * Interval: the Wilson score interval (the product's interval for every share, DATA.md §5) on the
 * effective sample size n_eff = DSR(1 − DSR)/Var(DSR) (Korn & Graubard, Survey Methodology
 * 24:193–201, 1998; Dean & Pagano, J. Survey Stat. Methodol. 3:484–503, 2015), with the design
 * effect truncated at 1 (n_eff ≤ the target group's n, as in the NCHS data presentation standards
 * for proportions, Parker et al., Vital Health Stat 2(175), 2017). When Var(DSR) = 0 (every band at
 * 0 % or 100 %) n_eff is Kish's 1/Σ(wᵢ²/nᵢ), the value it has when all bands share one p.
 * With one band this is exactly the ordinary Wilson interval.
 *
 * A band with weight > 0 where the target group has nobody has no share, so the standardised share
 * does not exist: not computable ('empty_band'), never silently re-weighted.
 */

import { assertCount, assertLevel, assertProportionCounts } from './checks.ts';
import { normalCriticalValue } from './normal-quantile.ts';
import { type Interval, type NotComputable, notComputable } from './result-types.ts';
import { wilsonBounds } from './wilson-interval.ts';

/** The target group's counts in one age band. */
export interface BandCounts {
  band: string;
  numerator: number;
  denominator: number;
}

/** The standard population's weight for one band (any scale; normalised inside). */
export interface StandardWeight {
  band: string;
  weight: number;
}

/** A directly standardised share with its Wilson interval on the effective sample size. */
export interface StandardisedShare extends Interval {
  crude: number;
  variance: number;
  standardError: number;
  effectiveN: number;
}

/** The standard population from the comparison group: weight = its denominator per band. */
export function standardFromComparison(comparison: readonly BandCounts[]): StandardWeight[] {
  return comparison.map(({ band, denominator }) => ({ band, weight: denominator }));
}

function indexByBand<T extends { band: string }>(rows: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    if (map.has(row.band)) throw new RangeError(`duplicate band '${row.band}' in ${what}`);
    map.set(row.band, row);
  }
  return map;
}

/** Bands the target has persons in but the standard does not list: a mismatch, not computable. */
function unknownBands(target: Map<string, BandCounts>, standard: Map<string, StandardWeight>): string[] {
  return [...target.values()].filter((b) => b.denominator > 0 && !standard.has(b.band)).map((b) => b.band);
}

/**
 * Directly standardises the target group's share to the `standard` band weights.
 * @example directlyStandardise(
 *   [{ band: 'u65', numerator: 10, denominator: 200 }, { band: '65+', numerator: 30, denominator: 100 }],
 *   [{ band: 'u65', weight: 600 }, { band: '65+', weight: 400 }]) // 0.6·0.05 + 0.4·0.3 = 0.15
 */
export function directlyStandardise(bands: readonly BandCounts[], standard: readonly StandardWeight[], level = 0.95): StandardisedShare | NotComputable {
  assertLevel(level);
  for (const b of bands) assertProportionCounts(b.numerator, b.denominator);
  for (const s of standard) assertCount(s.weight, `weight of band '${s.band}'`);
  const target = indexByBand(bands, 'target bands');
  const weights = indexByBand(standard, 'standard');
  const mismatch = unknownBands(target, weights);
  if (mismatch.length > 0) return notComputable('band_mismatch', mismatch.join(', '));
  const used = standard.filter((s) => s.weight > 0);
  const totalWeight = used.reduce((sum, s) => sum + s.weight, 0);
  if (totalWeight === 0) return notComputable('empty_standard');
  const empty = used.filter((s) => !((target.get(s.band)?.denominator ?? 0) > 0)).map((s) => s.band);
  if (empty.length > 0) return notComputable('empty_band', empty.join(', '));
  const terms = used.map((s) => ({ w: s.weight / totalWeight, counts: target.get(s.band) as BandCounts }));
  const crude = sumOf(bands, 'numerator') / sumOf(bands, 'denominator');
  return { ...standardise(terms, level), crude };
}

function sumOf(bands: readonly BandCounts[], field: 'numerator' | 'denominator'): number {
  return bands.reduce((sum, b) => sum + b[field], 0);
}

/** The standardised share over bands that all have persons; `crude` is filled in by the caller. */
function standardise(terms: { w: number; counts: BandCounts }[], level: number): Omit<StandardisedShare, 'crude'> {
  let estimate = 0;
  let variance = 0;
  let kishInverse = 0;
  let n = 0;
  for (const { w, counts } of terms) {
    const p = counts.numerator / counts.denominator;
    estimate += w * p;
    variance += (w * w * p * (1 - p)) / counts.denominator;
    kishInverse += (w * w) / counts.denominator;
    n += counts.denominator;
  }
  estimate = Math.min(1, Math.max(0, estimate));
  const effectiveN = Math.min(n, variance > 0 ? (estimate * (1 - estimate)) / variance : 1 / kishInverse);
  const { low, high } = wilsonBounds(estimate, effectiveN, normalCriticalValue(level));
  return { kind: 'interval', estimate, low, high, level, variance, standardError: Math.sqrt(variance), effectiveN };
}
