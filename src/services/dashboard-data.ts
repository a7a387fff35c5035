/**
 * The dashboard's data over the store: results computed once per change of the store (the audit
 * counter grows with every change) and served from memory until the next change.
 */
import type { LegalCriteriaResult } from '../stats/index.ts';
import { savedLegalCriteria } from './housing-list/index.ts';
import { readFile } from 'node:fs/promises';
import type { Catalogue, Indicator } from '../catalogue/index.ts';
import { openTable } from '../ingest/index.ts';
import { DEMO_MUNICIPALITY } from '../municipalities/index.ts';
import type { Store, StoredComparisonFigure } from '../store/index.ts';
import type { Target } from '../cells/index.ts';
import type { ContextRow, DeliveryStatus } from '../cells/index.ts';
import type { Definition } from '../origin/types.ts';
import type { ComputedResults } from './compute/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../cells/index.ts';
import type { ComparisonInputFigure } from '../narrative/comparison.ts';
import { importedFigure } from './comparison-data.ts';
import { loadPeers, type Peers } from './peers.ts';
import { loadResults } from './results.ts';
import { indicatorContext } from './statbank.ts';

/** What the dashboard reads: the catalogue and suppressed results, with a version for caching. */
export interface DashboardData {
  /** The catalogue, in the memo's order. */
  indicators(): Promise<readonly Indicator[]>;
  /**
   * Every period, group and breakdown of one indicator in one municipality (three-digit code,
   * `000` = the whole country; default the own municipality) — already suppressed.
   */
  results(indicatorId: string, municipality?: string): Promise<readonly ResultRow[]>;
  /** The own municipality's housing areas by period (suppressed). */
  areas(): Promise<readonly AreaRow[]>;
  /** The own municipality's segregation indices by period. */
  segregation(): Promise<readonly SegregationRow[]>;
  /** Housing-area code → name, e.g. '0101' → 'Nørrevang'. */
  areaNames(): Promise<ReadonlyMap<string, string>>;
  /** The legal criteria per area from the saved ministry's list (Almenboligloven § 61 a); none when absent. */
  legalCriteria?(): Promise<readonly LegalCriteriaResult[]>;
  /** Changes whenever any of the data changes; caches are keyed on it. */
  version(): Promise<string>;
  /** Public StatBank figures to show beside the indicator (already suppressed); none if absent. */
  context?(indicatorId: string): Promise<readonly ContextRow[]>;
  /** The council's targets in force (none when absent). */
  targets?(): Promise<readonly Target[]>;
  /** The peers in force (the coordinator's choice; default the own kommunegruppe); none when absent. */
  peers?(): Promise<Pick<Peers, 'codes' | 'label'>>;
  /** One municipality's imported published figures as result rows (`/api/results` for a municipality without cells here). */
  importedResults?(indicatorId: string, municipality: string): Promise<readonly ResultRow[]>;
  /** Imported comparison figures of one indicator (other installations' published figures). */
  importedFigures?(indicatorId: string): Promise<readonly ComparisonInputFigure[]>;
}

export interface StoreDashboardOptions {
  store: Store;
  catalogue: Catalogue;
  threshold: number;
  /** `area,name` CSV with the housing areas' names (written by the demo); optional. */
  areaNamesFile?: string;
  /** The saved ministry's list of housing areas (`housing-criteria --save`, the demo); optional. */
  areaListFile?: string;
  statuses?: readonly DeliveryStatus[];
  /** The own municipality's code, the default view (`INDIKATOR_MUNICIPALITY_CODE`; default `999`). */
  municipality?: string;
  /** Municipality code whose StatBank context is shown; default the one fetched last. */
  contextMunicipality?: string;
}

function placeKey(municipality: string, indicator: string): string {
  return `${municipality}|${indicator}`;
}

export function storeDashboardData(options: StoreDashboardOptions): DashboardData {
  const own = options.municipality ?? DEMO_MUNICIPALITY.code;
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
      for (const r of results.rows) {
        const key = placeKey(r.municipality, r.indicator);
        const list = byIndicator.get(key);
        if (list) list.push(r);
        else byIndicator.set(key, [r]);
      }
      cached = { version, results, byIndicator };
    }
    return cached;
  };
  return {
    indicators: async () => options.catalogue.indicators,
    results: async (id, municipality = own) => (await current()).byIndicator.get(placeKey(municipality, id)) ?? [],
    importedResults: async (id, municipality) => {
      const indicator = options.catalogue.get(id);
      const imported = (await options.store.listComparisonFigures(id)).filter((f) => f.municipality === municipality);
      return indicator === undefined ? [] : imported.map((f) => importedRow(f, indicator.group_definition));
    },
    areas: async () => (await current()).results.areas.filter((a) => a.municipality === own),
    segregation: async () => (await current()).results.segregation.filter((s) => s.municipality === own),
    areaNames: () => {
      names ??= readAreaNames(options.areaNamesFile);
      return names;
    },
    legalCriteria: () => savedLegalCriteria(options.areaListFile),
    version: async () => String((await current()).version),
    targets: () => options.store.currentTargets(),
    peers: () => loadPeers(options.store, own),
    importedFigures: async (id) => (await options.store.listComparisonFigures(id)).map(importedFigure),
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

/**
 * An imported published figure as a result row (`/api/results?municipality=`): the numbers the
 * file carried, no numerator or denominator (never exchanged), no status (judged where computed),
 * and the set it came from in `delivery` and `note`. A suppressed figure has no numbers at all.
 */
export function importedRow(f: StoredComparisonFigure, definition: Definition): ResultRow {
  const numbers = f.suppressed
    ? { value: null, ciLow: null, ciHigh: null, n: null, gap: null }
    : { value: f.value, ciLow: f.ciLow, ciHigh: f.ciHigh, n: f.n, gap: f.gap };
  return {
    indicator: f.indicator,
    municipality: f.municipality,
    period: f.period,
    group: f.group,
    breakdown: f.breakdown,
    numerator: null,
    denominator: null,
    ...numbers,
    suppressed: f.suppressed,
    gapCiLow: null,
    gapCiHigh: null,
    standardised: null,
    standardisedGap: null,
    standardisedMissing: null,
    change: { sincePrevious: null, sinceFirst: null },
    status: 'not_assessable',
    longTerm: 'not_assessable',
    statusBasis: null,
    statusReason: null,
    definition,
    thirdGeneration: false,
    thirdGenerationJustification: null,
    delivery: { id: f.setId, version: 0, createdAt: '', source: 'imported' },
    note: `${f.synthetic ? 'Syntetisk / synthetic. ' : ''}Importeret / imported: ${f.source}`,
  };
}
