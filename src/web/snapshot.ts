/**
 * The data of one version, loaded lazily and guarded once: every route of one data version reads
 * the same catalogue and the same suppression-guarded rows, and a new version starts afresh.
 */
import type { Indicator } from '../catalogue/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../cells/index.ts';
import type { ContextRow, Target } from '../cells/index.ts';
import { type LegalCriteriaResult, withheld } from '../stats/index.ts';
import type { DashboardData } from './data.ts';
import { guardAreas, guardResults } from '../services/publish-guard.ts';
import { targetProgress, type TargetView } from '../services/targets.ts';
import type { ComparisonView } from '../narrative/comparison.ts';
import { loadComparison } from '../services/comparison-data.ts';
import type { Localized } from '../language/index.ts';

export class Snapshot {
  private indicatorList: Promise<readonly Indicator[]> | undefined;
  private readonly results = new Map<string, Promise<readonly ResultRow[]>>();
  private areaRows: Promise<readonly AreaRow[]> | undefined;
  private segregationRows: Promise<readonly SegregationRow[]> | undefined;
  private names: Promise<ReadonlyMap<string, string>> | undefined;
  private readonly contexts = new Map<string, Promise<readonly ContextRow[]>>();
  private targetList: Promise<readonly Target[]> | undefined;
  private peerList: Promise<{ codes: string[]; label: Localized } | null> | undefined;
  private readonly comparisons = new Map<string, Promise<ComparisonView | null>>();

  constructor(
    readonly version: string,
    private readonly data: DashboardData,
    private readonly threshold: number,
  ) {}

  /** The catalogue, in the memo's order. */
  indicators(): Promise<readonly Indicator[]> {
    this.indicatorList ??= this.data.indicators().then((list) => [...list].sort((a, b) => a.order - b.order));
    return this.indicatorList;
  }

  /** One indicator, or undefined. */
  async indicator(id: string): Promise<Indicator | undefined> {
    return (await this.indicators()).find((i) => i.id === id);
  }

  /**
   * An indicator's rows in one municipality (default the own one), guarded against small-cell
   * leaks.
   */
  resultsOf(indicator: Indicator, municipality?: string): Promise<readonly ResultRow[]> {
    const key = `${municipality ?? ''}|${indicator.id}`;
    let rows = this.results.get(key);
    if (rows === undefined) {
      const valueIsCount = indicator.measure.kind === 'count';
      const asked = municipality === undefined ? this.data.results(indicator.id) : this.data.results(indicator.id, municipality);
      rows = asked.then((r) => guardResults(r, { threshold: this.threshold, valueIsCount }));
      this.results.set(key, rows);
    }
    return rows;
  }

  /** A municipality's imported published figures as rows, guarded like computed ones. */
  async importedResultsOf(indicator: Indicator, municipality: string): Promise<readonly ResultRow[]> {
    const rows = (await this.data.importedResults?.(indicator.id, municipality)) ?? [];
    return guardResults(rows, { threshold: this.threshold, valueIsCount: indicator.measure.kind === 'count' });
  }

  /** Every indicator's rows, by id. */
  async allResults(): Promise<Map<string, readonly ResultRow[]>> {
    const indicators = await this.indicators();
    const rows = await Promise.all(indicators.map((i) => this.resultsOf(i)));
    return new Map(indicators.map((i, k) => [i.id, rows[k] ?? []]));
  }

  /** Housing areas, guarded. */
  areas(): Promise<readonly AreaRow[]> {
    this.areaRows ??= this.data.areas().then((rows) => guardAreas(rows, this.threshold));
    return this.areaRows;
  }

  /** Segregation indices. */
  segregation(): Promise<readonly SegregationRow[]> {
    this.segregationRows ??= this.data.segregation();
    return this.segregationRows;
  }

  /**
   * The public StatBank figures beside an indicator (none when the data source has no context).
   * Stored suppressed; a count of 1 … threshold−1 persons that arrives anyway is shown suppressed.
   */
  context(indicator: Indicator): Promise<readonly ContextRow[]> {
    let rows = this.contexts.get(indicator.id);
    if (rows === undefined) {
      const small = (r: ContextRow) => r.unit === 'persons' && r.value !== null && r.value > 0 && r.value < this.threshold;
      rows = (this.data.context?.(indicator.id) ?? Promise.resolve([])).then((list) => list.map((r) => (small(r) ? withheld(r) : r)));
      this.contexts.set(indicator.id, rows);
    }
    return rows;
  }

  /**
   * The indicator's target with its progress over the rows this snapshot shows (for readers the
   * published ones), or null when the council has set none.
   */
  async targetOf(indicator: Indicator): Promise<TargetView | null> {
    this.targetList ??= this.data.targets?.() ?? Promise.resolve([]);
    const target = (await this.targetList).find((t) => t.indicator === indicator.id);
    if (target === undefined) return null;
    return { target, progress: targetProgress(indicator, await this.resultsOf(indicator), target) };
  }

  /** Every indicator's target view, by id (indicators without a target absent). */
  async allTargets(): Promise<Map<string, TargetView>> {
    const indicators = await this.indicators();
    const views = await Promise.all(indicators.map((i) => this.targetOf(i)));
    return new Map(views.flatMap((v) => (v === null ? [] : [[v.target.indicator, v] as const])));
  }

  /** The peers in force, or null when the data source has none. */
  peers(): Promise<{ codes: string[]; label: Localized } | null> {
    this.peerList ??= this.data.peers?.() ?? Promise.resolve(null);
    return this.peerList;
  }

  /**
   * The indicator's comparison with the country and the peers, or null when there is nothing to
   * compare. A municipality's figures are the ones computed here (guarded like the own) when the
   * store holds its cells, else its imported published figures.
   */
  comparisonOf(indicator: Indicator): Promise<ComparisonView | null> {
    let view = this.comparisons.get(indicator.id);
    if (view === undefined) {
      view = this.loadComparison(indicator);
      this.comparisons.set(indicator.id, view);
    }
    return view;
  }

  private async loadComparison(indicator: Indicator): Promise<ComparisonView | null> {
    const peers = await this.peers();
    if (peers === null) return null;
    return loadComparison(
      indicator,
      { results: (code) => this.resultsOf(indicator, code), imported: async () => (await this.data.importedFigures?.(indicator.id)) ?? [] },
      peers.codes,
    );
  }

  /** Area code → name. */
  areaNames(): Promise<ReadonlyMap<string, string>> {
    this.names ??= this.data.areaNames();
    return this.names;
  }

  /** The legal criteria per area from the saved ministry's list; none without one. */
  async legalCriteria(): Promise<readonly LegalCriteriaResult[]> {
    return (await this.data.legalCriteria?.()) ?? [];
  }
}
