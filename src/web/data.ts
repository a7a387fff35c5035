/**
 * What the dashboard reads, and nothing more: the catalogue, the computed (already suppressed)
 * results, the housing areas and the segregation indices. The services implement it over the
 * store; tests implement it in memory. Keeping it this narrow keeps the web layer free of I/O.
 */
import type { Indicator } from '../catalogue/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../services/result-types.ts';

export interface DashboardData {
  /** The catalogue, in the memo's order. */
  indicators(): Promise<readonly Indicator[]>;
  /** Every period, group and breakdown of one indicator — already suppressed. */
  results(indicatorId: string): Promise<readonly ResultRow[]>;
  /** Housing areas by period (suppressed). */
  areas(): Promise<readonly AreaRow[]>;
  /** Municipality-wide segregation indices by period. */
  segregation(): Promise<readonly SegregationRow[]>;
  /** Housing-area code → name, e.g. '0101' → 'Nørrevang'. */
  areaNames(): Promise<ReadonlyMap<string, string>>;
  /** Changes whenever any of the data changes; caches are keyed on it. */
  version(): Promise<string>;
}
