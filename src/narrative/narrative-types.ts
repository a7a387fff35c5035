/**
 * What the text generator reads and what it returns. The input is the indicator and its two
 * whole-group series (already suppressed results, oldest period first); nothing else, so every
 * sentence can be traced to a figure that is also in the report's table.
 */
import type { Indicator, Lang } from '../catalogue/index.ts';
import type { ResultRow } from '../cells/index.ts';

export interface NarrativeInput {
  readonly lang: Lang;
  readonly indicator: Pick<Indicator, 'id' | 'measure' | 'display' | 'comparison' | 'wanted' | 'status' | 'age_standardised'>;
  /** The headline series — the target group (or the headline index) — oldest first. */
  readonly primary: readonly ResultRow[];
  /** The comparison group's rows, oldest first (empty where the indicator has none). */
  readonly comparison: readonly ResultRow[];
}

/** Which situation the text describes. */
export type NarrativeKind = 'under_examination' | 'no_data' | 'suppressed' | 'first_period' | 'change';

export interface Narrative {
  readonly kind: NarrativeKind;
  readonly sentences: readonly string[];
  /** The sentences joined by single spaces. */
  readonly text: string;
}
