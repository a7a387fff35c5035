import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/demo/index.ts';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers in range and weighted keys in proportion', () => {
    const r = createRandom(1);
    const counts = { a: 0, b: 0 };
    const weights = { a: 3, b: 1 };
    for (let i = 0; i < 20_000; i += 1) {
      const n = r.int(2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
      counts[r.weighted(weights)] += 1;
    }
    expect(counts.a / 20_000).toBeGreaterThan(0.73);
    expect(counts.a / 20_000).toBeLessThan(0.77);
  });

  it('draws normal values with the asked mean and spread', () => {
    const r = createRandom(9);
    const values = Array.from({ length: 20_000 }, () => r.normal(7, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(7, 1);
    expect(sd).toBeGreaterThan(1.95);
    expect(sd).toBeLessThan(2.05);
  });
});
