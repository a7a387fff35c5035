/**
 * Public context figures from Statistics Denmark's StatBank, as the store keeps them beside the
 * municipality's own deliveries: one row per table × scope × series × breakdown × period × group ×
 * origin category. Counts of persons arrive already suppressed (DATA.md §6); a suppressed row has
 * `suppressed: true` and no value.
 */
import type { ContextGroup } from '../origin/types.ts';

/** Whether a figure is for the whole country or for the municipality (or its parishes). */
export const CONTEXT_SCOPES = ['national', 'municipal'] as const;
export type ContextScope = (typeof CONTEXT_SCOPES)[number];

/** `persons` (a count), `share` (a fraction), `percent` (as StatBank publishes it), `per1000`, `index`. */
export const CONTEXT_UNITS = ['persons', 'share', 'percent', 'per1000', 'index'] as const;
export type ContextUnit = (typeof CONTEXT_UNITS)[number];

/** One stored context figure. */
export interface ContextRow {
  /** The StatBank table the figure comes from, e.g. `FOLK1E`. */
  tableId: string;
  /** That table's `updated` stamp when the figure was fetched. */
  updated: string;
  /** When the answer was fetched from StatBank (ISO-8601 UTC). */
  fetchedAt: string;
  /** The municipality the fetch was for (three-digit code, e.g. `101`). */
  municipality: string;
  scope: ContextScope;
  /** What is measured, e.g. `population`, `employment_rate`, `guilty_rate`, `dissimilarity`. */
  series: string;
  /** '' or `key=value`, e.g. `sex=K`, `age=0-17`, `sogn=7001`, `offence=12`. */
  breakdown: string;
  /** StatBank's period code, e.g. `2025K3`, `2023`. */
  period: string;
  group: ContextGroup;
  /** '' for a whole group, else StatBank's origin category, e.g. `immigrants_non_western`. */
  category: string;
  /** StatBank's text for the breakdown's value (a parish name, an offence), or ''. */
  label: string;
  value: number | null;
  unit: ContextUnit;
  suppressed: boolean;
  /** The source as shown to readers, e.g. `Danmarks Statistik, Statistikbanken, tabel FOLK1E`. */
  source: string;
}

/** `saveContext`'s input: the complete new context of some tables for one municipality. */
export interface SaveContextInput {
  municipality: string;
  /** Tables whose stored rows (for the municipality) are replaced — also when `rows` has none of theirs. */
  tableIds: readonly string[];
  rows: readonly ContextRow[];
  actor: string;
}

/** Filter for `listContext`; fields combine with AND. */
export interface ContextFilter {
  municipality?: string;
  tableIds?: readonly string[];
}
