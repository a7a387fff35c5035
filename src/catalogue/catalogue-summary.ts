/**
 * One row per indicator for `indikator catalogue`: what a coordinator scans to see that every
 * indicator of the memo is there, who owns it, what it measures and where it should go.
 */
import type { Catalogue } from './catalogue.ts';
import { measureLabel, statusLabel, wantedLabel } from './labels.ts';
import type { Lang } from '../language/index.ts';

/** A catalogue listing row; every text is in the language asked for. */
export interface CatalogueSummaryRow {
  readonly id: string;
  readonly title: string;
  /** The owning departments (their Danish names); empty while under examination. */
  readonly owners: readonly string[];
  readonly measure: string;
  readonly wanted: string;
  readonly status: string;
}

/**
 * The catalogue as rows, in the memo's order.
 *
 * @example catalogueSummary(loadCatalogue(), 'da')[0] // { id: 'selvforsoergelse', …, wanted: 'stigning ønskes', status: 'aktiv' }
 */
export function catalogueSummary(catalogue: Catalogue, lang: Lang): CatalogueSummaryRow[] {
  return catalogue.indicators.map((indicator) => ({
    id: indicator.id,
    title: indicator.title[lang],
    owners: indicator.owners,
    measure: measureLabel(indicator.measure, lang),
    wanted: wantedLabel(indicator.wanted, lang),
    status: statusLabel(indicator.status, lang),
  }));
}
