/**
 * Which StatBank tables give the public context of which indicator on the dashboard: FOLK1E's
 * origin mix beside every indicator (EB4's as well where the indicator includes the third
 * generation), RAS200's employment rates beside `selvforsoergelse`, the crime tables beside
 * `kriminalitet`, and KMSTA001's parish indices beside `boligomraader-diversitet`.
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { StatbankTableId } from '../../statbank-client/index.ts';

const BY_INDICATOR: Readonly<Record<string, readonly StatbankTableId[]>> = {
  selvforsoergelse: ['RAS200'],
  kriminalitet: ['STRAFNA9', 'STRAFNA6', 'STRFNA10', 'STRFNA11'],
  'boligomraader-diversitet': ['KMSTA001'],
};

/**
 * The tables whose context belongs beside `indicator`, the indicator's own first.
 * @example contextTablesFor(selvforsoergelse) // ['RAS200', 'FOLK1E']
 */
export function contextTablesFor(indicator: Pick<Indicator, 'id' | 'third_generation'>): StatbankTableId[] {
  return [...(BY_INDICATOR[indicator.id] ?? []), 'FOLK1E', ...(indicator.third_generation.included ? (['EB4'] as const) : [])];
}
