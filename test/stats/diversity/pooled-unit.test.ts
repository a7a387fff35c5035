/**
 * The pooled unit: the whole minus the shown areas, per group. Hand values: whole (80, 120, 30),
 * shown A (40, 10, 10), B (10, 40, 10), C (20, 20, 0) → pooled (10, 50, 10). Over the four units
 * D = ½(0.416667 + 0.208333 + 0.083333 + 0.291667) = 0.5, while over the shown areas alone
 * (70, 70 residents of the two groups) D = ½(30/70 + 30/70) = 0.428571.
 */
import { describe, expect, it } from 'vitest';
import { dissimilarityIndex, withPooledUnit } from '../../../src/stats/index.ts';

const SHOWN = [
  { area: 'A', counts: { t: 40, c: 10, o: 10 } },
  { area: 'B', counts: { t: 10, c: 40, o: 10 } },
  { area: 'C', counts: { t: 20, c: 20, o: 0 } },
];

describe('withPooledUnit', () => {
  it('adds the whole minus the shown areas as one unit', () => {
    const units = withPooledUnit(SHOWN, { t: 80, c: 120, o: 30 }, 'rest');
    expect(units.at(-1)).toEqual({ area: 'rest', counts: { t: 10, c: 50, o: 10 } });
    const index = dissimilarityIndex(units, 't', 'c');
    expect(index.kind === 'index' && index.value).toBeCloseTo(0.5, 12);
    const without = dissimilarityIndex(SHOWN, 't', 'c');
    expect(without.kind === 'index' && without.value).toBeCloseTo(60 / 140, 12);
  });

  it('adds nothing when the shown areas are everybody', () => {
    expect(withPooledUnit(SHOWN, { t: 70, c: 70, o: 20 }, 'rest')).toHaveLength(3);
  });

  it('refuses a whole smaller than its shown parts', () => {
    expect(() => withPooledUnit(SHOWN, { t: 69, c: 120, o: 30 }, 'rest')).toThrow(/group 't'/);
  });
});
