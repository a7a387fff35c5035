/**
 * Status of an indicator against its wanted direction — "significance before a change is called
 * a change" (PRODUCT.md). Rules:
 *
 * - `increase` / `decrease`: the target group's level, earlier vs later period, is tested
 *   (shares and rates: pooled two-proportion z-test; means: Welch; counts: exact conditional
 *   Poisson test; indexes: z-test on supplied standard errors). Not significant → `unchanged`;
 *   significant in the wanted direction → `improved`, else `worsened`.
 * - `parity`: the gap to the comparison group is tested for change; not significant →
 *   `unchanged`; significant and |gap| smaller → `improved`, larger → `worsened`.
 * - `follow`: never judged — the memo follows these areas without a wanted direction (a higher
 *   share can equally mean that more people get help they need), so the one rule for `follow` is
 *   `not_assessable` with reason `followed`, whatever the measure (docs/catalogue.md §7). The gap
 *   and its change are still shown; a target set by the council gives a direction of its own.
 * - Anything the data cannot support (no previous period, no comparison for parity, counts or
 *   indexes asked for parity, an index without standard errors, an empty group) → `not_assessable`
 *   with a reason.
 */

import { assertAlpha } from './checks.ts';
import { countChangeTest } from './count-change-test.ts';
import { meanGapChangeTest, proportionGapChangeTest } from './gap-change-test.ts';
import { normalTwoSidedP } from './normal-distribution.ts';
import type { NotComputable } from './result-types.ts';
import type { GapObservation, NotAssessableReason, StatusAssessment, StatusInput, Wanted } from './status-types.ts';
import type { GapChangeTest } from './test-result.ts';
import { twoMeanTest } from './two-mean-test.ts';
import { twoProportionTest } from './two-proportion-test.ts';

/** What the level rule needs from any of the level tests. */
type LevelTest = { kind: 'test'; pValue: number; significant: boolean; difference: number } | NotComputable;

function notAssessable(reason: NotAssessableReason): StatusAssessment {
  return { status: 'not_assessable', judgedOn: null, pValue: null, reason };
}

function fromLevelTest(wanted: 'increase' | 'decrease', test: LevelTest): StatusAssessment {
  if (test.kind === 'not_computable') return notAssessable('not_computable');
  const base = { judgedOn: 'level' as const, pValue: test.pValue, reason: null };
  if (!test.significant || test.difference === 0) return { ...base, status: 'unchanged' };
  const wentUp = test.difference > 0;
  return { ...base, status: wentUp === (wanted === 'increase') ? 'improved' : 'worsened' };
}

function fromGapTest(test: GapChangeTest | NotComputable): StatusAssessment {
  if (test.kind === 'not_computable') return notAssessable('not_computable');
  const base = { judgedOn: 'gap' as const, pValue: test.pValue, reason: null };
  const before = Math.abs(test.previousGap);
  const after = Math.abs(test.currentGap);
  if (!test.significant || before === after) return { ...base, status: 'unchanged' };
  return { ...base, status: after < before ? 'improved' : 'worsened' };
}

/**
 * Parity judged on estimated gaps: the change in the gap is tested with a z statistic on the two
 * standard errors (the periods are independent), then the absolute gap decides the direction.
 */
function assessGap(previous: GapObservation, current: GapObservation, alpha: number): StatusAssessment {
  const se = Math.hypot(previous.standardError, current.standardError);
  if (!(se > 0)) return notAssessable('no_uncertainty');
  const difference = current.gap - previous.gap;
  const statistic = difference / se;
  const pValue = normalTwoSidedP(statistic);
  return fromGapTest({
    kind: 'test',
    method: 'gap_change_z',
    statistic,
    df: null,
    pValue,
    significant: pValue < alpha,
    alpha,
    previousGap: previous.gap,
    currentGap: current.gap,
    difference,
  });
}

function isDirectional(wanted: Wanted): wanted is 'increase' | 'decrease' {
  return wanted === 'increase' || wanted === 'decrease';
}

function assessProportion(input: Extract<StatusInput, { kind: 'proportion' }>, previous: NonNullable<typeof input.previous>, alpha: number): StatusAssessment {
  const { wanted, current } = input;
  if (isDirectional(wanted)) {
    const a = previous.target;
    const b = current.target;
    return fromLevelTest(wanted, twoProportionTest(a.numerator, a.denominator, b.numerator, b.denominator, alpha));
  }
  if (!previous.comparison || !current.comparison) return notAssessable('no_comparison');
  return fromGapTest(
    proportionGapChangeTest({ target: previous.target, comparison: previous.comparison }, { target: current.target, comparison: current.comparison }, alpha),
  );
}

function assessMean(input: Extract<StatusInput, { kind: 'mean' }>, previous: NonNullable<typeof input.previous>, alpha: number): StatusAssessment {
  const { wanted, current } = input;
  if (isDirectional(wanted)) return fromLevelTest(wanted, twoMeanTest(previous.target, current.target, alpha));
  if (!previous.comparison || !current.comparison) return notAssessable('no_comparison');
  return fromGapTest(
    meanGapChangeTest({ target: previous.target, comparison: previous.comparison }, { target: current.target, comparison: current.comparison }, alpha),
  );
}

function assessIndex(wanted: Wanted, previous: { value: number; standardError?: number | null }, current: typeof previous, alpha: number): StatusAssessment {
  if (!isDirectional(wanted)) return notAssessable('not_applicable');
  const se1 = previous.standardError;
  const se2 = current.standardError;
  if (se1 == null || se2 == null || se1 < 0 || se2 < 0 || se1 + se2 === 0) return notAssessable('no_uncertainty');
  const difference = current.value - previous.value;
  const pValue = normalTwoSidedP(difference / Math.hypot(se1, se2));
  return fromLevelTest(wanted, { kind: 'test', pValue, significant: pValue < alpha, difference });
}

/**
 * Judges the change from the previous to the current period against the wanted direction.
 * @example assessStatus({ kind: 'proportion', wanted: 'increase',
 *   previous: { target: { numerator: 30, denominator: 100 } },
 *   current: { target: { numerator: 45, denominator: 100 } } }) // improved, p = 0.02846
 */
export function assessStatus(input: StatusInput): StatusAssessment {
  const alpha = input.alpha ?? 0.05;
  assertAlpha(alpha);
  if (input.wanted === 'follow') return notAssessable('followed');
  switch (input.kind) {
    case 'proportion':
      return input.previous ? assessProportion(input, input.previous, alpha) : notAssessable('no_previous_period');
    case 'mean':
      return input.previous ? assessMean(input, input.previous, alpha) : notAssessable('no_previous_period');
    case 'count': {
      if (input.previous === null) return notAssessable('no_previous_period');
      if (!isDirectional(input.wanted)) return notAssessable('not_applicable');
      return fromLevelTest(input.wanted, countChangeTest(input.previous, input.current, alpha));
    }
    case 'index':
      return input.previous ? assessIndex(input.wanted, input.previous, input.current, alpha) : notAssessable('no_previous_period');
    case 'gap':
      return input.previous ? assessGap(input.previous, input.current, alpha) : notAssessable('no_previous_period');
  }
}
