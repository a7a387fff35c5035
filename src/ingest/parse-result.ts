/**
 * What a value parser returns. Parsers never throw on bad data: the caller knows the file, row and
 * column, and builds the `InputError` (see `cellError`). An empty cell is its own case, so the caller
 * decides whether empty means "unknown" (null) or "missing".
 */
import type { Localized } from '../language/index.ts';

/** A parsed cell: a value, an empty cell, or an invalid one with the problem in words. */
export type ParseResult<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly problem: Localized };

/** A value parser: text of one cell in, a tagged result out. */
export type ValueParser<T> = (text: string) => ParseResult<T>;

/** A successful result. */
export function ok<T>(value: T): ParseResult<T> {
  return { kind: 'ok', value };
}

/** The result for an empty (or blank) cell. */
export const EMPTY: ParseResult<never> = { kind: 'empty' };

/** An invalid result with the problem in Danish and English. */
export function invalid(da: string, en: string): ParseResult<never> {
  return { kind: 'invalid', problem: { da, en } };
}
