/** Shared assertions for the statistics tests: absolute and relative closeness, result narrowing. */

import { expect } from 'vitest';
import type { NotComputable } from '../../src/stats/index.ts';

/** |actual − expected| ≤ tolerance (default 1e-9, the brief's accuracy). */
export function expectClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** |actual − expected| ≤ tolerance · |expected|, for tail probabilities far below 1e-9. */
export function expectRelClose(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** Narrows a result to its computable variant, failing the test otherwise. */
export function computed<T extends { kind: string }>(result: T | NotComputable): T {
  if (result.kind === 'not_computable') throw new Error(`not computable: ${(result as NotComputable).reason}`);
  return result as T;
}
