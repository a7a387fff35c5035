/**
 * The store's own check of what it is asked to save, so that both databases reject the same bad
 * input with the same message (SQLite would otherwise store NaN as NULL, PostgreSQL would not).
 * Files are validated by `ingest/` with row and column numbers; this is the last line of defence.
 */
import { z } from 'zod';
import { DEFINITIONS, DELIVERY_GROUPS } from '../origin/types.ts';
import { DELIVERY_SOURCES, type NewDelivery } from '../cells/delivery.ts';

/** Largest value of a PostgreSQL `integer`. */
const INT32_MAX = 2_147_483_647;

/** Text without NUL, which PostgreSQL cannot store (and SQLite would). */
const text = () => z.string().refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

const count = z.int().min(0).max(INT32_MAX).nullable();

export const newCellSchema = z.strictObject({
  municipality: z.string().regex(/^[0-9]{3}$/, 'must be a three-digit kommunekode (000 = the whole country)'),
  group: z.enum(DELIVERY_GROUPS),
  breakdown: text(),
  numerator: count,
  denominator: count,
  value: z.number().refine(Number.isFinite, 'must be finite').nullable(),
  sd: z.number().min(0).refine(Number.isFinite, 'must be finite').nullable(),
  n: count,
  suppressed: z.boolean(),
  note: text(),
});

export const newDeliverySchema = z.strictObject({
  indicator: text().min(1),
  period: text().min(1),
  fileName: text(),
  fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case sha256 hex digest'),
  source: z.enum(DELIVERY_SOURCES),
  definition: z.enum(DEFINITIONS),
  thirdGeneration: z.boolean(),
  createdBy: text().min(1),
  actorNote: text().max(200).optional(),
  cells: z.array(newCellSchema),
});

/** Returns the deliveries if valid; throws a TypeError describing every problem otherwise. */
export function validateNewDeliveries(ds: readonly NewDelivery[]): NewDelivery[] {
  const parsed = z.array(newDeliverySchema).safeParse(ds);
  if (!parsed.success) throw new TypeError(`invalid delivery for the store:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
