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
  /**
   * What suppressing this cell costs the reader (secondary suppression hides the cheapest cells
   * first): the caller ranks cells by what they mean, e.g. the target group's headline figure
   * costs the most. Default 0.
   */
  cost?: number;
  /**
   * A cell that is part of the relations but never published: a remainder nobody delivered
   * (persons outside every listed area, the 'other' group of a file without it). It starts
   * suppressed, and its counts are protected like any other (a small remainder is a small cell).
   */
  unpublished?: boolean;
  /**
   * The numerator is the denominator by definition (the `total` row of a composition: all
   * residents of an area out of all residents of the area). A reader knows it, so the audit does.
   */
  numeratorIsDenominator?: boolean;
}

/** The count dimensions a margin can add up in (the complement adds up where both of its counts do). */
export const MARGIN_DIMENSIONS = ['numerator', 'denominator', 'n'] as const;
export type MarginDimension = (typeof MARGIN_DIMENSIONS)[number];

/**
 * Cell `total` = Σ cells `parts`, count by count (e.g. target + comparison + other = total). A
 * margin that holds in some counts only names them in `dimensions`: a split of the numerator
 * (children with a contact person for the child only / the family only / both) adds up in
 * numerators, while each part's denominator equals the whole's (a one-part margin in
 * `denominator`).
 */
export interface Margin {
  total: string;
  parts: string[];
  /** The counts the relation holds in; all of them when absent. */
  dimensions?: readonly MarginDimension[];
}

/** The cells of one release and the additive relations between them. */
export interface Table {
  cells: Cell[];
  margins: Margin[];
}

/**
 * Why a cell is suppressed: `primary` a count of 1..threshold−1 (numerator, denominator, n, or
 * counts that cannot be checked), `complement` denominator − numerator in 1..threshold−1,
 * `secondary` to stop a suppressed count being recovered or bounded from the others, `source`
 * suppressed before it reached the product, `unpublished` a cell that is never published.
 */
export type SuppressionReason = 'primary' | 'complement' | 'secondary' | 'source' | 'unpublished';

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
