/**
 * The catalogue as the rest of the product sees it: the indicators in the memo's order, looked up
 * by id, deeply frozen so that no caller can change the shared definitions by accident.
 */
import type { Indicator } from './schema/indicator-schema.ts';

export interface Catalogue {
  /** Every indicator, in the memo's order (`order`). */
  readonly indicators: readonly Indicator[];
  /** Their ids, in the same order. */
  readonly ids: readonly string[];
  /** The indicator with this id, or undefined. */
  get(id: string): Indicator | undefined;
  /** True when the catalogue has an indicator with this id. */
  has(id: string): boolean;
}

/** Builds a frozen catalogue from validated indicators (sorted by `order`). */
export function createCatalogue(indicators: readonly Indicator[]): Catalogue {
  const sorted = [...indicators].sort((a, b) => a.order - b.order).map(deepFreeze);
  const byId = new Map(sorted.map((indicator) => [indicator.id, indicator]));
  return Object.freeze({
    indicators: Object.freeze(sorted),
    ids: Object.freeze(sorted.map((indicator) => indicator.id)),
    get: (id: string) => byId.get(id),
    has: (id: string) => byId.has(id),
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
