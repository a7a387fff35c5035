/**
 * A small seeded random number generator (mulberry32) with the draws the demo needs. The demo
 * municipality must come out byte-identical for the same seed, so nothing here touches
 * `Math.random` or the clock.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key, with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
}

interface WeightTable<T extends string> {
  entries: [T, number][];
  total: number;
}

const tables = new WeakMap<object, WeightTable<string>>();

/** The entries and total of a weights object, remembered for objects that are reused. */
function tableOf<T extends string>(weights: Readonly<Record<T, number>>): WeightTable<T> {
  const cached = tables.get(weights) as WeightTable<T> | undefined;
  if (cached !== undefined) return cached;
  const entries = Object.entries(weights) as [T, number][];
  const table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
  tables.set(weights, table);
  return table;
}

/**
 * A generator seeded with a 32-bit integer.
 *
 * @example createRandom(42).int(1, 6) // the same die roll every time
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: <T extends string>(weights: Readonly<Record<T, number>>): T => {
      const table = tableOf(weights);
      let roll = next() * table.total;
      for (const [key, w] of table.entries) {
        roll -= w;
        if (roll < 0) return key;
      }
      const last = table.entries[table.entries.length - 1];
      if (last === undefined) throw new Error('weighted draw from no weights');
      return last[0];
    },
    normal: (mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
  return random;
}
