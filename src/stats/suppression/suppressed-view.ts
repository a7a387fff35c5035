/**
 * The one gate every output passes (screen, file, API, report): rows of any shape are described
 * as suppression cells, suppressed together, and the rows of suppressed cells leave with every
 * number in them — at any depth — replaced by null (value, interval, gap, counts …), flagged
 * `suppressed: true` so that they are shown as suppressed, never as zero or as missing data.
 * Numeric fields that identify a row rather than measure it (a year) are listed in `keep`.
 */

import { suppress } from './suppress.ts';
import type { Cell, Margin, SuppressionOptions, SuppressionReason } from './types.ts';

/** `T` with every number (at any depth) allowed to be null. */
export type Redacted<T> = T extends number
  ? number | null
  : T extends readonly (infer U)[]
    ? Redacted<U>[]
    : T extends object
      ? { [K in keyof T]: Redacted<T[K]> }
      : T;

/** A row as published: numbers nulled when suppressed, plus the suppression flag and reason. */
export type PublishedRow<T> = Redacted<T> & { suppressed: boolean; suppressionReason: SuppressionReason | null };

export interface SuppressedViewSpec<T> {
  /** The counts behind a row; `key` must be unique across rows. */
  cell: (row: T) => Cell;
  /** Additive relations between rows, by cell key. */
  margins: readonly Margin[];
  /** Top-level numeric fields that identify the row (never measured) and are kept. */
  keep?: readonly (keyof T)[];
}

function redact(value: unknown): unknown {
  if (typeof value === 'number') return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v)]));
  }
  return value;
}

function redactRow<T extends object>(row: T, keep: ReadonlySet<PropertyKey>): Redacted<T> {
  const entries = Object.entries(row).map(([k, v]) => [k, keep.has(k) ? v : redact(v)]);
  return Object.fromEntries(entries) as Redacted<T>;
}

/**
 * Suppresses `rows` and returns them ready to publish.
 * @example makeSuppressedView(results, {
 *   cell: (r) => ({ key: r.group, numerator: r.numerator, denominator: r.denominator, valueKind: 'share' }),
 *   margins: [{ total: 'total', parts: ['target', 'comparison', 'other'] }],
 * })
 */
export function makeSuppressedView<T extends object>(rows: readonly T[], spec: SuppressedViewSpec<T>, options: SuppressionOptions = {}): PublishedRow<T>[] {
  const result = suppress({ cells: rows.map(spec.cell), margins: [...spec.margins] }, options);
  const keep = new Set<PropertyKey>(spec.keep ?? []);
  return rows.map((row, i) => {
    const cell = result.cells[i];
    if (!cell) throw new Error('suppression lost a row');
    const published = cell.suppressed ? redactRow(row, keep) : (row as Redacted<T>);
    return { ...published, suppressed: cell.suppressed, suppressionReason: cell.reason } as PublishedRow<T>;
  });
}
