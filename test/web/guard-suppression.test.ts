import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/cells/index.ts';
import { guardAreas, guardResults } from '../../src/web/index.ts';
import { row } from './helpers.ts';

const hiddenNumbers = (r: ResultRow): unknown[] => [r.numerator, r.denominator, r.value, r.ciLow, r.ciHigh, r.n, r.gap, r.standardised, r.standardisedGap];

describe('guardResults', () => {
  it('blanks every number of a suppressed row', () => {
    const [guarded] = guardResults([
      row({
        suppressed: true,
        value: 0.9,
        numerator: 3,
        gap: 0.2,
        standardised: { value: 1, ciLow: 0, ciHigh: 2 },
        standardisedGap: { gap: 0.1, ciLow: 0, ciHigh: 0.2 },
      }),
    ]);
    expect(guarded?.suppressed).toBe(true);
    expect(hiddenNumbers(guarded as ResultRow).every((v) => v === null)).toBe(true);
    expect(guarded?.change).toEqual({ sincePrevious: null, sinceFirst: null });
  });

  it.each([
    ['numerator 2', { numerator: 2, denominator: 100 }],
    ['denominator 4', { numerator: 0, denominator: 4 }],
    ['denominator minus numerator 3', { numerator: 97, denominator: 100 }],
    ['n 1', { numerator: null, denominator: null, n: 1 }],
  ])('suppresses a row that would reveal a small count (%s)', (_, counts) => {
    const [guarded] = guardResults([row(counts)]);
    expect(guarded?.suppressed).toBe(true);
    expect(guarded?.value).toBeNull();
  });

  it('leaves zero and counts of 5 or more alone, and respects another threshold', () => {
    const ok = row({ numerator: 0, denominator: 5, n: 5, value: 0 });
    expect(guardResults([ok])[0]).toBe(ok);
    expect(guardResults([row({ numerator: 7, denominator: 100 })], { threshold: 10 })[0]?.suppressed).toBe(true);
  });

  it('treats the value of a count indicator as a count', () => {
    const count = row({ numerator: null, denominator: null, n: null, value: 3 });
    expect(guardResults([count])[0]?.suppressed).toBe(false);
    expect(guardResults([count], { valueIsCount: true })[0]?.suppressed).toBe(true);
  });

  it('drops the gap when the comparison cell is suppressed', () => {
    const rows = guardResults([row({ gap: 0.2, gapCiLow: 0.1, gapCiHigh: 0.3 }), row({ group: 'comparison', suppressed: true })]);
    expect(rows[0]).toMatchObject({ suppressed: false, gap: null, gapCiLow: null, gapCiHigh: null, value: 0.381 });
  });

  it('drops a standardised figure and gap when an age band of that period is hidden, and says why', () => {
    const whole = row({
      indicator: 'hjemmepleje',
      standardised: { value: 0.05, ciLow: 0.04, ciHigh: 0.06 },
      standardisedGap: { gap: 0.01, ciLow: 0, ciHigh: 0.02 },
    });
    const band = row({ indicator: 'hjemmepleje', breakdown: 'ageband=85+', numerator: 3, denominator: 40 });
    const [guarded] = guardResults([whole, band]);
    expect(guarded).toMatchObject({ suppressed: false, value: 0.381, standardised: null, standardisedGap: null, standardisedMissing: 'suppressed' });
    expect(guardResults([whole, { ...band, numerator: 30 }])[0]).toBe(whole);
  });

  it('drops a change that starts from a suppressed period', () => {
    const from = { fromPeriod: '2024', from: 0.9, to: 0.381, difference: -0.5, significant: true, pValue: 0.01 };
    const rows = guardResults([row({ period: '2024', suppressed: true }), row({ change: { sincePrevious: from, sinceFirst: from } })]);
    expect(rows[1]?.change).toEqual({ sincePrevious: null, sinceFirst: null });
    const other = guardResults([row({ period: '2024' }), row({ change: { sincePrevious: from, sinceFirst: from } })]);
    expect(other[1]?.change.sincePrevious).toEqual(from);
  });

  it('never lets a count from 1 to 4 through (property)', () => {
    const count = fc.option(fc.integer({ min: 0, max: 50 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ numerator: count, denominator: count, n: count, suppressed: fc.boolean() }), { maxLength: 20 }), (cells) => {
        const guarded = guardResults(cells.map((c) => row(c)));
        return guarded.every((r) => {
          const counts = [r.numerator, r.denominator, r.n, r.numerator !== null && r.denominator !== null ? r.denominator - r.numerator : null];
          return r.suppressed ? hiddenNumbers(r).every((v) => v === null) : counts.every((c) => c === null || c === 0 || c >= 5 || c < 0);
        });
      }),
    );
  });
});

describe('guardAreas', () => {
  it('hides numbers and the flag of suppressed and small areas', () => {
    const area = {
      municipality: '999',
      period: '2025',
      area: '0101',
      total: 3,
      targetShare: 0.6,
      simpson: 0.5,
      shannon: 0.8,
      suppressed: false,
      aboveHalf: true,
    };
    expect(guardAreas([area])[0]).toEqual({ ...area, total: null, targetShare: null, simpson: null, shannon: null, suppressed: true, aboveHalf: null });
    const big = { ...area, total: 500 };
    expect(guardAreas([big])[0]).toBe(big);
  });
});
