/**
 * Comparison figures: published (already suppressed) figures of other municipalities or of the
 * whole country, imported from an exchange file. A suppressed figure has no numbers at all.
 */
import type { DeliveryGroup } from '../origin/types.ts';

/** One published figure as imported. */
export interface ComparisonFigure {
  municipality: string;
  indicator: string;
  period: string;
  group: DeliveryGroup;
  breakdown: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  gap: number | null;
  suppressed: boolean;
}

/** Where an imported set came from. */
export interface ComparisonSetMeta {
  source: string;
  fileName: string;
  fileHash: string;
  definitionsHash: string;
  productVersion: string;
  exportedAt: string;
  synthetic: boolean;
}

/** A stored set: its metadata, its version among sets of the same source and who imported it when. */
export interface ComparisonSet extends ComparisonSetMeta {
  id: number;
  version: number;
  importedAt: string;
  importedBy: string;
  figureCount: number;
}

/** `saveComparisonSet`'s answer: the stored set, or the latest one when the file was imported before. */
export interface SaveComparisonResult {
  set: ComparisonSet;
  outcome: 'created' | 'unchanged';
}

/** A figure with the set it came from. */
export interface StoredComparisonFigure extends ComparisonFigure {
  setId: number;
  source: string;
  synthetic: boolean;
}
