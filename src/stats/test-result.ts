/**
 * Result shapes of the significance tests. Every test is two-sided; `significant` means
 * pValue < alpha. `difference` is always "second minus first" (later period minus earlier).
 */

/** Pooled two-proportion z-test. */
export interface ProportionTest {
  kind: 'test';
  method: 'two_proportion_z';
  z: number;
  pValue: number;
  significant: boolean;
  alpha: number;
  difference: number;
}

/** Welch's unequal-variance t-test. */
export interface WelchTest {
  kind: 'test';
  method: 'welch_t';
  t: number;
  df: number;
  pValue: number;
  significant: boolean;
  alpha: number;
  difference: number;
}

/** Exact conditional (binomial) test for two Poisson counts. */
export interface CountTest {
  kind: 'test';
  method: 'exact_conditional_poisson';
  pValue: number;
  significant: boolean;
  alpha: number;
  difference: number;
}

/** Test of a change in the gap (target − comparison) between two periods. */
export interface GapChangeTest {
  kind: 'test';
  method: 'gap_change_z' | 'gap_change_welch_t';
  statistic: number;
  df: number | null;
  pValue: number;
  significant: boolean;
  alpha: number;
  previousGap: number;
  currentGap: number;
  difference: number;
}
