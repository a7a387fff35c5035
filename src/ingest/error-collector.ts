/**
 * Collects input problems instead of stopping at the first, up to a limit, so that validation can
 * report every problem in a file without holding a million messages in memory.
 */
import type { InputError } from './input-error.ts';
import { InputErrors } from './input-errors.ts';

/** A bounded list of problems found while reading. */
export interface ErrorCollector {
  /** Records a problem (kept if under the limit, otherwise only counted). */
  add(error: InputError): void;
  /** The problems kept so far. */
  readonly errors: readonly InputError[];
  /** All problems seen, kept or not. */
  readonly count: number;
  /** Throws an `InputErrors` holding everything collected, if anything was. */
  throwIfAny(): void;
}

/**
 * A collector that keeps the first `limit` problems (default 200) and counts the rest.
 * @example const errors = createErrorCollector(); …; errors.throwIfAny();
 */
export function createErrorCollector(limit = 200): ErrorCollector {
  const kept: InputError[] = [];
  let count = 0;
  return {
    add(error) {
      count++;
      if (kept.length < limit) kept.push(error);
    },
    get errors() {
      return kept;
    },
    get count() {
      return count;
    },
    throwIfAny() {
      if (count > 0) throw new InputErrors([...kept], count - kept.length);
    },
  };
}
