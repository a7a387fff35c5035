/**
 * What `indikator report` reads from the store for one report: the suppressed results, the
 * comparison with the peers, the housing areas' names and the council's targets. The web download
 * takes the same figures from the dashboard's snapshot (`web/routes/report-routes.ts`).
 */
import path from 'node:path';
import type { Catalogue, Lang } from '../catalogue/index.ts';
import type { Target } from '../cells/index.ts';
import type { ComparisonView } from '../narrative/comparison.ts';
import type { Store } from '../store/index.ts';
import { storeComparisons } from './comparison-data.ts';
import type { ComputedResults } from './compute/index.ts';
import { readAreaNames } from './dashboard-data.ts';
import { AREA_NAMES_FILE } from './demo.ts';
import { loadResults } from './results.ts';

export interface ReportDataOptions {
  threshold: number;
  /** The own municipality's code: whose peers the comparison uses. */
  municipalityCode: string;
  /** Where the demo wrote the housing areas' names (`areas.csv`), if it did. */
  dataDir: string;
  lang: Lang;
}

export interface ReportData {
  results: ComputedResults;
  comparisons: Map<string, ComparisonView | null>;
  peersLabel: string;
  areaNames: ReadonlyMap<string, string>;
  targets: Target[];
}

export async function storeReportData(store: Store, catalogue: Catalogue, options: ReportDataOptions): Promise<ReportData> {
  const results = await loadResults(store, catalogue, { threshold: options.threshold });
  const { comparisons, peersLabel } = await storeComparisons(store, catalogue, results.rows, options.municipalityCode, options.lang);
  return {
    results,
    comparisons,
    peersLabel,
    areaNames: await readAreaNames(path.join(options.dataDir, AREA_NAMES_FILE)),
    targets: await store.currentTargets(),
  };
}
