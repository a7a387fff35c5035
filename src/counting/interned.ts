/**
 * A small table of distinct values, each given a number the first time it is seen: a register
 * extract repeats a few thousand dates, codes and areas millions of times, so the population keeps
 * the number in a typed array and the value once (and the residents' counts number their
 * municipalities and breakdowns the same way). Number 0 is always null.
 */
export class Interned<T> {
  readonly #values: (T | null)[] = [null];
  readonly #numbers = new Map<T, number>();

  /** The value's number (0 for null), adding it when new. */
  numberOf(value: T | null): number {
    if (value === null) return 0;
    let n = this.#numbers.get(value);
    if (n === undefined) {
      n = this.#values.length;
      this.#values.push(value);
      this.#numbers.set(value, n);
    }
    return n;
  }

  /** The value of a number this table gave out (null for 0). */
  valueOf(n: number): T | null {
    return this.#values[n] ?? null;
  }

  /** Every value by its number (null at 0), for writers that turn millions of numbers back into text. */
  values(): readonly (T | null)[] {
    return [...this.#values];
  }

  /** How many numbers have been given out, 0 (null) included. */
  get size(): number {
    return this.#values.length;
  }
}
