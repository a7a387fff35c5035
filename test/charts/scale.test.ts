import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceAxis, niceStep } from '../../src/charts/scale.ts';

describe('niceAxis', () => {
  it('covers shares from zero in steps of 10 %', () => {
    expect(niceAxis([0.31, 0.42], { includeZero: true })).toEqual({
      domain: [0, 0.5],
      ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
      step: 0.1,
    });
  });

  it('handles negative gaps', () => {
    expect(niceAxis([-0.21, -0.11], { includeZero: true }).ticks).toEqual([-0.25, -0.2, -0.15, -0.1, -0.05, 0]);
  });

  it('widens a single value', () => {
    expect(niceAxis([], { includeZero: false }).domain).toEqual([0, 1]);
    expect(niceAxis([5], { includeZero: false }).domain[0]).toBeLessThan(5);
  });

  it('always contains every value, with ticks from the domain ends', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const axis = niceAxis(values, { includeZero: true });
        // Within a millionth of a step of an end counts as on it (floating-point noise).
        const tolerance = axis.step * 1e-6;
        const ok = values.every((v) => v >= axis.domain[0] - tolerance && v <= axis.domain[1] + tolerance);
        return ok && axis.ticks[0] === axis.domain[0] && axis.ticks.at(-1) === axis.domain[1] && axis.ticks.length <= 12;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('niceStep and linearScale', () => {
  it('picks 1, 2, 2.5, 5 or 10 times a power of ten', () => {
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(12, 5)).toBe(2.5);
    expect(niceStep(70, 5)).toBe(20);
  });

  it('maps linearly and inverts the y direction', () => {
    const y = linearScale([0, 1], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(0.25)).toBe(150);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });
});
