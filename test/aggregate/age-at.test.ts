import { describe, expect, it } from 'vitest';
import { ageAt } from '../../src/counting/index.ts';

describe('ageAt', () => {
  it('counts the birthday itself as the day a person gets older', () => {
    expect(ageAt('2007-12-31', '2025-12-31')).toBe(18);
    expect(ageAt('2008-01-01', '2025-12-31')).toBe(17);
    expect(ageAt('2010-06-15', '2025-06-14')).toBe(14);
    expect(ageAt('2010-06-15', '2025-06-15')).toBe(15);
  });

  it('lets a 29 February child turn older on 1 March in a common year', () => {
    expect(ageAt('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageAt('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageAt('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is negative before birth and 0 on the day of birth', () => {
    expect(ageAt('2025-12-31', '2025-12-30')).toBe(-1);
    expect(ageAt('2025-12-31', '2025-12-31')).toBe(0);
  });
});
