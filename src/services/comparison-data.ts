/**
 * Gathers the figures of one indicator's comparison — the own municipality's, the whole
 * country's and each peer's — and builds the view (`buildComparison`). One home for the web pages,
 * the overview and the report: a municipality's figures are the ones computed here when the store
 * holds its cells (a national run), else its imported published figures.
 */
import type { Catalogue, Indicator, Lang } from '../catalogue/index.ts';
import { WHOLE_COUNTRY_CODE } from '../municipalities/index.ts';
import type { Store, StoredComparisonFigure } from '../store/index.ts';
import { buildComparison, type ComparisonInputFigure, type ComparisonView, comparesWholeGroups } from '../narrative/comparison.ts';
import { loadPeers } from './peers.ts';
import type { ResultRow } from '../cells/index.ts';

export interface ComparisonSource {
  /** Computed (suppressed) rows of a municipality; the own municipality's without a code. */
  results(municipality?: string): Promise<readonly ResultRow[]>;
  /** The indicator's imported published figures. */
  imported(): Promise<readonly ComparisonInputFigure[]>;
}

/**
 * The comparison of one indicator with the peers `peers`, or null when there is nothing to compare
 * (or nothing comparable: `comparesWholeGroups`).
 */
export async function loadComparison(
  indicator: Pick<Indicator, 'measure'>,
  source: ComparisonSource,
  peers: readonly string[],
): Promise<ComparisonView | null> {
  if (!comparesWholeGroups(indicator)) return null;
  const ownRows = await source.results();
  const own = ownRows[0]?.municipality;
  if (own === undefined) return null;
  const imported = await source.imported();
  const figures: ComparisonInputFigure[] = ownRows.map((r) => ({ ...r, origin: 'computed', synthetic: false }));
  for (const code of [WHOLE_COUNTRY_CODE, ...peers]) {
    const computed = await source.results(code);
    if (computed.length > 0) figures.push(...computed.map((r) => ({ ...r, origin: 'computed' as const, synthetic: false })));
    else figures.push(...imported.filter((f) => f.municipality === code));
  }
  return buildComparison(own, peers, figures);
}

/** A stored imported figure as the comparison reads it. */
export function importedFigure(f: StoredComparisonFigure): ComparisonInputFigure {
  return {
    municipality: f.municipality,
    period: f.period,
    group: f.group,
    breakdown: f.breakdown,
    value: f.value,
    suppressed: f.suppressed,
    origin: 'imported',
    synthetic: f.synthetic,
  };
}

/**
 * Every indicator's comparison from the store (the command line's report): the computed rows
 * `rows` (every municipality the store holds) and the imported figures, with the peers in force.
 */
export async function storeComparisons(
  store: Store,
  catalogue: Catalogue,
  rows: readonly ResultRow[],
  own: string,
  lang: Lang,
): Promise<{ comparisons: Map<string, ComparisonView | null>; peersLabel: string }> {
  const peers = await loadPeers(store, own);
  const comparisons = new Map<string, ComparisonView | null>();
  for (const indicator of catalogue.indicators) {
    const mine = rows.filter((r) => r.indicator === indicator.id);
    const source: ComparisonSource = {
      results: async (code = own) => mine.filter((r) => r.municipality === code),
      imported: async () => (await store.listComparisonFigures(indicator.id)).map(importedFigure),
    };
    comparisons.set(indicator.id, await loadComparison(indicator, source, peers.codes));
  }
  return { comparisons, peersLabel: peers.label[lang] };
}
