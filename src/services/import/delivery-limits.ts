/**
 * What one aggregated delivery file may hold. The limits are far above what a municipality
 * delivers (the largest indicator, housing areas, has four cells per area) and low enough that
 * checking, storing and computing a file at the limit stays well under a second of work per page.
 * They are stated in docs/file-formats.md and checked while the file is read, so a file over a
 * limit is refused at the row that crosses it, before the rest is parsed.
 */
import { XLSX_LIMITS, type XlsxLimits } from '../../ingest/index.ts';

export const DELIVERY_LIMITS = {
  /** Data rows (cells) in one file. */
  maxRows: 50_000,
  /** Distinct codes of an open breakdown (e.g. housing areas) per indicator × period. */
  maxOpenCodes: 5_000,
  /** Characters in a breakdown code. */
  maxCodeLength: 64,
  /** Characters in a note. */
  maxNoteLength: 1_000,
} as const;

/** An XLSX delivery may not expand beyond what `maxRows` rows of a delivery can need. */
export const DELIVERY_XLSX_LIMITS: XlsxLimits = {
  ...XLSX_LIMITS,
  maxUncompressedBytes: 128 * 1024 * 1024,
  maxRows: DELIVERY_LIMITS.maxRows + 1_000,
  maxCells: (DELIVERY_LIMITS.maxRows + 1_000) * 20,
};
