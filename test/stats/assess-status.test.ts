import { describe, expect, it } from 'vitest';
import { assessStatus, type StatusInput } from '../../src/stats/index.ts';
import { expectClose } from './helpers.ts';

const share = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('assessStatus — shares and rates (kind: proportion)', () => {
  const rising = { previous: { target: share(30, 100) }, current: { target: share(45, 100) } };

  it('increase wanted, significant rise → improved (prop.test p = 0.02846)', () => {
    const r = assessStatus({ kind: 'proportion', wanted: 'increase', ...rising });
    expect(r).toMatchObject({ status: 'improved', judgedOn: 'level', reason: null });
    expectClose(r.pValue as number, 0.028459736916310582, 1e-12);
  });

  it('decrease wanted, significant rise → worsened', () => {
    expect(assessStatus({ kind: 'proportion', wanted: 'decrease', ...rising }).status).toBe('worsened');
  });

  it('a change that is not significant is unchanged (30 % → 35 %, p = 0.450)', () => {
    const r = assessStatus({ kind: 'proportion', wanted: 'increase', previous: { target: share(30, 100) }, current: { target: share(35, 100) } });
    expect(r.status).toBe('unchanged');
    expectClose(r.pValue as number, 0.450338175508211, 1e-12);
  });

  it('the same change is significant only with enough persons', () => {
    const r = assessStatus({ kind: 'proportion', wanted: 'increase', previous: { target: share(3000, 10000) }, current: { target: share(3500, 10000) } });
    expect(r.status).toBe('improved');
  });

  it('alpha is configurable', () => {
    expect(assessStatus({ kind: 'proportion', wanted: 'increase', alpha: 0.01, ...rising }).status).toBe('unchanged');
  });

  const narrowing = {
    previous: { target: share(30, 100), comparison: share(60, 100) }, // gap −0.30
    current: { target: share(55, 100), comparison: share(60, 100) }, // gap −0.05
  };

  it('parity: the gap narrowed significantly → improved (z = 2.582, p = 0.00982)', () => {
    const r = assessStatus({ kind: 'proportion', wanted: 'parity', ...narrowing });
    expect(r).toMatchObject({ status: 'improved', judgedOn: 'gap' });
    expectClose(r.pValue as number, 0.009823274507519249, 1e-12);
  });

  it('parity: the gap widened significantly → worsened', () => {
    const r = assessStatus({ kind: 'proportion', wanted: 'parity', previous: narrowing.current, current: narrowing.previous });
    expect(r.status).toBe('worsened');
  });

  it('parity judges the absolute gap: a crossing to a smaller gap on the other side is improved', () => {
    // gap −0.30 → +0.05: |gap| shrinks, the change 0.35 is significant
    const r = assessStatus({
      kind: 'proportion',
      wanted: 'parity',
      previous: { target: share(30, 100), comparison: share(60, 100) },
      current: { target: share(65, 100), comparison: share(60, 100) },
    });
    expect(r.status).toBe('improved');
  });

  it('parity: both groups rising together is unchanged, even if the target rose significantly', () => {
    const r = assessStatus({
      kind: 'proportion',
      wanted: 'parity',
      previous: { target: share(300, 1000), comparison: share(500, 1000) },
      current: { target: share(400, 1000), comparison: share(600, 1000) },
    });
    expect(r.status).toBe('unchanged');
  });

  it('parity without a comparison group is not assessable', () => {
    expect(assessStatus({ kind: 'proportion', wanted: 'parity', ...rising })).toEqual({
      status: 'not_assessable',
      judgedOn: null,
      pValue: null,
      reason: 'no_comparison',
    });
  });

  it('follow: one rule — never judged, even where parity on the same data says improved', () => {
    expect(assessStatus({ kind: 'proportion', wanted: 'parity', ...narrowing }).status).toBe('improved');
    const followed = { status: 'not_assessable', judgedOn: null, pValue: null, reason: 'followed' };
    expect(assessStatus({ kind: 'proportion', wanted: 'follow', ...narrowing })).toEqual(followed);
    expect(assessStatus({ kind: 'proportion', wanted: 'follow', ...rising })).toEqual(followed);
    expect(
      assessStatus({
        kind: 'mean',
        wanted: 'follow',
        previous: { target: { n: 50, mean: 5, sd: 2 }, comparison: { n: 50, mean: 8, sd: 2 } },
        current: { target: { n: 50, mean: 8, sd: 2 }, comparison: { n: 50, mean: 8, sd: 2 } },
      }),
    ).toEqual(followed);
    expect(assessStatus({ kind: 'gap', wanted: 'follow', previous: { gap: -0.1, standardError: 0.02 }, current: { gap: -0.03, standardError: 0.02 } })).toEqual(
      followed,
    );
    expect(assessStatus({ kind: 'count', wanted: 'follow', previous: 12, current: 3 })).toEqual(followed);
    expect(
      assessStatus({ kind: 'index', wanted: 'follow', previous: { value: 0.3, standardError: 0.01 }, current: { value: 0.5, standardError: 0.01 } }),
    ).toEqual(followed);
  });

  it('no previous period or an empty group → not assessable', () => {
    expect(assessStatus({ kind: 'proportion', wanted: 'increase', previous: null, current: { target: share(3, 10) } }).reason).toBe('no_previous_period');
    expect(assessStatus({ kind: 'proportion', wanted: 'increase', previous: { target: share(0, 0) }, current: { target: share(3, 10) } }).reason).toBe(
      'not_computable',
    );
  });
});

describe('assessStatus — means', () => {
  it('increase wanted: Welch p = 0.0775 is unchanged, p = 0.0061 is improved', () => {
    const unchanged = assessStatus({
      kind: 'mean',
      wanted: 'increase',
      previous: { target: { n: 10, mean: 5, sd: 2 } },
      current: { target: { n: 12, mean: 7, sd: 3 } },
    });
    expect(unchanged.status).toBe('unchanged');
    expectClose(unchanged.pValue as number, 0.07754643868205867, 1e-12);
    const improved = assessStatus({
      kind: 'mean',
      wanted: 'increase',
      previous: { target: { n: 50, mean: 5, sd: 2 } },
      current: { target: { n: 60, mean: 6.2, sd: 2.5 } },
    });
    expect(improved.status).toBe('improved');
    expectClose(improved.pValue as number, 0.006122732659416699, 1e-12);
  });

  it('parity: grade gap −2.0 → −0.6 is improved (Welch–Satterthwaite p = 0.0222)', () => {
    const r = assessStatus({
      kind: 'mean',
      wanted: 'parity',
      previous: { target: { n: 40, mean: 5.0, sd: 2.5 }, comparison: { n: 200, mean: 7.0, sd: 2.4 } },
      current: { target: { n: 45, mean: 6.5, sd: 2.6 }, comparison: { n: 210, mean: 7.1, sd: 2.5 } },
    });
    expect(r).toMatchObject({ status: 'improved', judgedOn: 'gap' });
    expectClose(r.pValue as number, 0.022245489154091122, 1e-12);
  });

  it('one pupil is not assessable', () => {
    const r = assessStatus({
      kind: 'mean',
      wanted: 'increase',
      previous: { target: { n: 1, mean: 5, sd: Number.NaN } },
      current: { target: { n: 12, mean: 7, sd: 3 } },
    });
    expect(r.reason).toBe('not_computable');
  });
});

describe('assessStatus — counts', () => {
  it('decrease wanted: 12 → 3 is improved (exact p = 9/256), 20 → 10 unchanged (p = 0.0987)', () => {
    const r = assessStatus({ kind: 'count', wanted: 'decrease', previous: 12, current: 3 });
    expect(r).toMatchObject({ status: 'improved', judgedOn: 'level' });
    expectClose(r.pValue as number, 9 / 256, 1e-14);
    expect(assessStatus({ kind: 'count', wanted: 'decrease', previous: 20, current: 10 }).status).toBe('unchanged');
    expect(assessStatus({ kind: 'count', wanted: 'increase', previous: 12, current: 3 }).status).toBe('worsened');
  });

  it('counts have no comparison: parity not applicable', () => {
    expect(assessStatus({ kind: 'count', wanted: 'parity', previous: 12, current: 3 }).reason).toBe('not_applicable');
    expect(assessStatus({ kind: 'count', wanted: 'increase', previous: null, current: 3 }).reason).toBe('no_previous_period');
  });
});

describe('assessStatus — indexes', () => {
  it('needs standard errors', () => {
    const input: StatusInput = { kind: 'index', wanted: 'increase', previous: { value: 0.3 }, current: { value: 0.36 } };
    expect(assessStatus(input).reason).toBe('no_uncertainty');
  });

  it('z-test on the standard errors: 0.30 → 0.36, se 0.02 each, p = 0.0339 → improved', () => {
    // z = 0.06/√0.0008 = 2.1213; p = 0.033894853524689273
    const r = assessStatus({ kind: 'index', wanted: 'increase', previous: { value: 0.3, standardError: 0.02 }, current: { value: 0.36, standardError: 0.02 } });
    expect(r.status).toBe('improved');
    expectClose(r.pValue as number, 0.033894853524689274, 1e-12);
  });

  it('parity is not applicable to an index', () => {
    expect(
      assessStatus({ kind: 'index', wanted: 'parity', previous: { value: 0.3, standardError: 0.1 }, current: { value: 0.2, standardError: 0.1 } }).reason,
    ).toBe('not_applicable');
  });
});

describe('assessStatus — estimated gaps (kind: gap, e.g. age-standardised)', () => {
  it('calls a significant narrowing of the gap improved', () => {
    // Δ = −0.03 − (−0.10) = 0.07; se = √(0.02² + 0.02²) = 0.0282843; z = 2.4748737;
    // p = 2·(1 − Φ(2.4748737)) = 0.0133283 (R: 2 * pnorm(-0.07 / sqrt(0.0008))).
    const result = assessStatus({ kind: 'gap', wanted: 'parity', previous: { gap: -0.1, standardError: 0.02 }, current: { gap: -0.03, standardError: 0.02 } });
    expect(result.status).toBe('improved');
    expect(result.judgedOn).toBe('gap');
    expectClose(result.pValue ?? Number.NaN, 0.013328328, 1e-8);
  });

  it('calls a significant widening worsened and an insignificant change unchanged', () => {
    expect(
      assessStatus({ kind: 'gap', wanted: 'parity', previous: { gap: 0.02, standardError: 0.01 }, current: { gap: 0.08, standardError: 0.01 } }).status,
    ).toBe('worsened');
    expect(
      assessStatus({ kind: 'gap', wanted: 'parity', previous: { gap: 0.02, standardError: 0.03 }, current: { gap: 0.05, standardError: 0.03 } }).status,
    ).toBe('unchanged');
  });

  it('cannot judge without a previous period or without uncertainty', () => {
    expect(assessStatus({ kind: 'gap', wanted: 'parity', previous: null, current: { gap: 0, standardError: 0.01 } }).status).toBe('not_assessable');
    expect(assessStatus({ kind: 'gap', wanted: 'parity', previous: { gap: 0.1, standardError: 0 }, current: { gap: 0, standardError: 0 } }).reason).toBe(
      'no_uncertainty',
    );
  });
});
