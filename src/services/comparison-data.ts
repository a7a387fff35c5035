/**
 * Gathers the figures of one indicator's comparison — the own municipality's, the whole
 * country's and each peer's — and builds the view (`buildComparison`). One home for the web pages,
 * the overview and the report: a municipality's figures are the ones computed here when the store
 * holds its cells (a national run), else its imported published figures.
 */
import { WHOLE_COUNTRY_CODE } from '../municipalities/index.ts';
import { buildComparison, type ComparisonInputFigure, type ComparisonView } from './comparison.ts';
import type { ResultRow } from './result-types.ts';

export interface ComparisonSource {
  /** Computed (suppressed) rows of a municipality; the own municipality's without a code. */
  results(municipality?: string): Promise<readonly ResultRow[]>;
  /** The indicator's imported published figures. */
  imported(): Promise<readonly ComparisonInputFigure[]>;
}

/** The comparison of one indicator with the peers `peers`, or null when there is nothing to compare. */
export async function loadComparison(source: ComparisonSource, peers: readonly string[]): Promise<ComparisonView | null> {
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
