/**
 * Results from the store: the latest delivery of every indicator × period, through `compute`.
 * The one function the CLI, the web application and the report call to get figures.
 */
import type { Catalogue } from '../catalogue/index.ts';
import type { DeliveryStatus, Store } from '../store/index.ts';
import { type ComputedResults, computeResults } from './compute/index.ts';
import type { ResultRow } from './result-types.ts';

export interface ResultsOptions {
  threshold: number;
  /** Only deliveries in these states (e.g. published ones for readers); all when absent. */
  statuses?: readonly DeliveryStatus[];
}

export async function loadResults(store: Store, catalogue: Catalogue, options: ResultsOptions): Promise<ComputedResults> {
  const deliveries = await store.latestDeliveries(options.statuses ? { status: [...options.statuses] } : {});
  return computeResults(catalogue, deliveries, { threshold: options.threshold });
}

/** The columns of `indikator compute --out` (DATA.md §5 first, then the product's additions). */
export const RESULT_COLUMNS = [
  'indicator',
  'period',
  'group',
  'breakdown',
  'numerator',
  'denominator',
  'value',
  'ci_low',
  'ci_high',
  'n',
  'suppressed',
  'gap',
  'definition',
  'third_generation',
  'gap_ci_low',
  'gap_ci_high',
  'standardised_value',
  'standardised_ci_low',
  'standardised_ci_high',
  'change_since_previous',
  'change_since_previous_significant',
  'change_since_first',
  'change_since_first_significant',
  'status',
  'delivery_version',
] as const;

/** One result as a CSV row in `RESULT_COLUMNS` order. */
export function resultCsvRow(r: ResultRow): (string | number | boolean | null)[] {
  return [
    r.indicator,
    r.period,
    r.group,
    r.breakdown,
    r.numerator,
    r.denominator,
    r.value,
    r.ciLow,
    r.ciHigh,
    r.n,
    r.suppressed,
    r.gap,
    r.definition,
    r.thirdGeneration,
    r.gapCiLow,
    r.gapCiHigh,
    r.standardised?.value ?? null,
    r.standardised?.ciLow ?? null,
    r.standardised?.ciHigh ?? null,
    r.change.sincePrevious?.difference ?? null,
    r.change.sincePrevious?.significant ?? null,
    r.change.sinceFirst?.difference ?? null,
    r.change.sinceFirst?.significant ?? null,
    r.status,
    r.delivery.version,
  ];
}
