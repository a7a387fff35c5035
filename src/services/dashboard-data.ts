/**
 * The dashboard's data over the store: results computed once per change of the store (the audit
 * counter grows with every change) and served from memory until the next change.
 */
import { readFile } from 'node:fs/promises';
import type { Catalogue, Indicator } from '../catalogue/index.ts';
import { openTable } from '../ingest/index.ts';
import type { ContextRow, DeliveryStatus, Store, Target } from '../store/index.ts';
import type { ComputedResults } from './compute/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from './result-types.ts';
import { loadResults } from './results.ts';
import { indicatorContext } from './statbank.ts';

/** What the dashboard reads: the catalogue and suppressed results, with a version for caching. */
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
  /** Public StatBank figures to show beside the indicator (already suppressed); none if absent. */
  context?(indicatorId: string): Promise<readonly ContextRow[]>;
  /** The council's targets in force (none when absent). */
  targets?(): Promise<readonly Target[]>;
}

export interface StoreDashboardOptions {
  store: Store;
  catalogue: Catalogue;
  threshold: number;
  /** `area,name` CSV with the housing areas' names (written by the demo); optional. */
  areaNamesFile?: string;
  statuses?: readonly DeliveryStatus[];
  /** Municipality code whose StatBank context is shown; default the one fetched last. */
  contextMunicipality?: string;
}

export function storeDashboardData(options: StoreDashboardOptions): DashboardData {
  let cached: { version: number; results: ComputedResults; byIndicator: Map<string, ResultRow[]> } | undefined;
  let names: Promise<ReadonlyMap<string, string>> | undefined;
  const current = async () => {
    const version = await options.store.changeCounter();
    if (cached?.version !== version) {
      const results = await loadResults(options.store, options.catalogue, {
        threshold: options.threshold,
        ...(options.statuses ? { statuses: options.statuses } : {}),
      });
      const byIndicator = new Map<string, ResultRow[]>();
      for (const r of results.rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
      cached = { version, results, byIndicator };
    }
    return cached;
  };
  return {
    indicators: async () => options.catalogue.indicators,
    results: async (id) => (await current()).byIndicator.get(id) ?? [],
    areas: async () => (await current()).results.areas,
    segregation: async () => (await current()).results.segregation,
    areaNames: () => {
      names ??= readAreaNames(options.areaNamesFile);
      return names;
    },
    version: async () => String((await current()).version),
    targets: () => options.store.currentTargets(),
    context: async (id) => {
      const indicator = options.catalogue.indicators.find((i) => i.id === id);
      return indicator === undefined ? [] : indicatorContext(options.store, indicator, options.contextMunicipality);
    },
  };
}

/** Housing-area names from an `area,name` CSV; empty when the file is absent. */
export async function readAreaNames(file: string | undefined): Promise<ReadonlyMap<string, string>> {
  const names = new Map<string, string>();
  if (!file) return names;
  try {
    await readFile(file);
  } catch {
    return names;
  }
  const source = await openTable(file);
  const areaColumn = source.header.findIndex((h) => /^(area|boligomraade)$/i.test(h));
  const nameColumn = source.header.findIndex((h) => /^(name|navn)$/i.test(h));
  if (areaColumn < 0 || nameColumn < 0) return names;
  for await (const row of source.rows()) names.set(row.values[areaColumn] ?? '', row.values[nameColumn] ?? '');
  return names;
}
