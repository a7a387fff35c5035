/**
 * Vocabulary of small-cell suppression (DATA.md §6). A table is a set of cells plus the additive
 * relations between them (margins): a margin says that the counts of cell `total` are the sums of
 * the counts of cells `parts` — for numerators, denominators, complements and n alike.
 */

export const VALUE_KINDS = ['share', 'rate', 'count', 'mean', 'index'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * One published figure with the counts behind it.
 * - share / rate: `numerator` persons out of `denominator` persons;
 * - count: `numerator` (denominator null);
 * - mean: `n` persons, `value` the mean;
 * - index: optional counts.
 * `sourceSuppressed` marks a cell that arrived suppressed (its counts are unknown).
 */
export interface Cell {
  key: string;
  numerator: number | null;
  denominator: number | null;
  n?: number | null;
  value?: number | null;
  valueKind: ValueKind;
  sourceSuppressed?: boolean;
}

/** Cell `total` = Σ cells `parts`, count by count (e.g. target + comparison + other = total). */
export interface Margin {
  total: string;
  parts: string[];
}

/** The cells of one release and the additive relations between them. */
export interface Table {
  cells: Cell[];
  margins: Margin[];
}

/**
 * Why a cell is suppressed: `primary` a count of 1..threshold−1 (numerator, denominator, n, or
 * counts that cannot be checked), `complement` denominator − numerator in 1..threshold−1,
 * `secondary` to stop a suppressed count being recovered from the others, `source` suppressed
 * before it reached the product.
 */
export type SuppressionReason = 'primary' | 'complement' | 'secondary' | 'source';

/** A cell after suppression; a suppressed cell carries no numbers (all counts and value null). */
export type SuppressedCell = Cell & { suppressed: boolean; reason: SuppressionReason | null };

export interface SuppressionOptions {
  /** Smallest publishable non-zero count (DATA.md §6: 5). */
  threshold?: number;
}

export interface SuppressionResult {
  cells: SuppressedCell[];
  threshold: number;
}

export const DEFAULT_THRESHOLD = 5;
