import { describe, expect, it } from 'vitest';
import { withheld } from '../../../src/stats/index.ts';
import { withheldArea, withheldRow } from '../../../src/cells/index.ts';
import { guardResults } from '../../../src/services/publish-guard.ts';
import type { ResultRow } from '../../../src/cells/index.ts';

describe('withheld: the one blank-out of a suppressed figure', () => {
  it('blanks every figure a stored cell carries, the standard deviation and n included', () => {
    const cell = {
      municipality: '101',
      group: 'target' as const,
      breakdown: '',
      numerator: 3,
      denominator: 40,
      value: 7.5,
      sd: 1.25,
      n: 40,
      suppressed: false,
      note: 'x',
    };
    expect(withheld(cell)).toEqual({ ...cell, numerator: null, denominator: null, value: null, sd: null, n: null, suppressed: true });
  });

  it('adds no figure a shape does not have (a context cell has no sd or n)', () => {
    const context = { series: 'population', value: 3, numerator: 3, denominator: null };
    const out = withheld(context);
    expect(out).toEqual({ series: 'population', value: null, numerator: null, denominator: null, suppressed: true });
    expect('sd' in out || 'n' in out).toBe(false);
  });

  it('a withheld result row keeps its place and loses everything derived, the long-term verdict too (it is judged from the hidden figure)', () => {
    const row = {
      indicator: 'beskaeftigelse',
      municipality: '101',
      period: '2025',
      group: 'target',
      breakdown: '',
      numerator: 3,
      denominator: 10,
      value: 0.3,
      ciLow: 0.1,
      ciHigh: 0.6,
      n: 10,
      suppressed: false,
      gap: -0.2,
      gapCiLow: -0.5,
      gapCiHigh: 0.1,
      standardised: { value: 0.3, ciLow: 0.1, ciHigh: 0.6 },
      standardisedGap: null,
      standardisedMissing: null,
      change: { sincePrevious: { fromPeriod: '2024', from: 0.2, to: 0.3, difference: 0.1, significant: false, pValue: 0.4 }, sinceFirst: null },
      status: 'improved',
      longTerm: 'unchanged',
      statusBasis: 'crude',
      statusReason: null,
      definition: 'origin',
      thirdGeneration: false,
      thirdGenerationJustification: null,
      delivery: { id: 1, version: 1, createdAt: '2025-01-01T00:00:00.000Z', source: 'file' },
      note: '3 personer',
    } satisfies ResultRow;
    const out = withheldRow(row);
    expect(out).toMatchObject({
      indicator: 'beskaeftigelse',
      period: '2025',
      group: 'target',
      numerator: null,
      denominator: null,
      value: null,
      n: null,
      ciLow: null,
      ciHigh: null,
      gap: null,
      standardised: null,
      status: 'not_assessable',
      longTerm: 'not_assessable',
      statusBasis: null,
      suppressed: true,
      note: '',
    });
    expect(out.change).toEqual({ sincePrevious: null, sinceFirst: null });
    expect(guardResults([row], { threshold: 5 })[0]).toEqual(out);
  });

  it('a withheld area shows no counts, indices or flag', () => {
    expect(withheldArea({ municipality: '101', period: '2025', area: '0101' })).toEqual({
      municipality: '101',
      period: '2025',
      area: '0101',
      total: null,
      targetShare: null,
      simpson: null,
      shannon: null,
      suppressed: true,
      aboveHalf: null,
    });
  });
});
