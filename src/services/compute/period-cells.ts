/**
 * One indicator's deliveries arranged by period, each with its suppression decided once: the
 * unit that every later step (estimates, gaps, changes, status) reads from.
 */
import { comparePeriodTexts, type Indicator } from '../../catalogue/index.ts';
import { suppress, type Table } from '../../stats/index.ts';
import type { Cell, DeliveryWithCells } from '../../cells/index.ts';
import { cellKey, deliveryTable } from './delivery-table.ts';
import { withoutCostToDefault } from './second-figure-suppression.ts';

export interface PeriodCells {
  period: string;
  /** The municipality these cells belong to (`''` before `byMunicipality` splits a delivery). */
  municipality: string;
  delivery: DeliveryWithCells;
  /** The cells by `cellKey` (which includes the municipality). */
  cells: ReadonlyMap<string, Cell>;
  /** Keys of the cells that may not be published (primary, secondary or at the source). */
  suppressed: ReadonlySet<string>;
}

/** Suppressed keys of one delivery under the product's one suppression rule (second figures never at the default's cost). */
export function suppressedKeys(indicator: Indicator, cells: readonly Cell[], threshold: number): Set<string> {
  return withoutCostToDefault(cells, (own) => withheldKeys(deliveryTable(indicator, own), threshold)).withheld;
}

/** The keys the one rule withholds from a delivery's table. */
export function withheldKeys(table: Table, threshold: number): Set<string> {
  return new Set(
    suppress(table, { threshold })
      .cells.filter((c) => c.suppressed)
      .map((c) => c.key),
  );
}

/** The indicator's deliveries, oldest period first, with suppression applied. */
export function periodCells(indicator: Indicator, deliveries: readonly DeliveryWithCells[], threshold: number): PeriodCells[] {
  return deliveries
    .filter((d) => d.indicator === indicator.id)
    .map((delivery) => ({
      period: delivery.period,
      municipality: '',
      delivery,
      cells: new Map(delivery.cells.map((c) => [cellKey(c), c])),
      suppressed: suppressedKeys(indicator, delivery.cells, threshold),
    }))
    .sort((a, b) => comparePeriodTexts(a.period, b.period));
}

/**
 * The periods split by municipality, in code order: suppression was decided on the whole delivery
 * (all municipalities and their margins), and every later step reads one municipality's cells.
 */
export function byMunicipality(periods: readonly PeriodCells[]): Map<string, PeriodCells[]> {
  const codes = [...new Set(periods.flatMap((p) => [...p.cells.values()].map((c) => c.municipality)))].sort();
  const out = new Map<string, PeriodCells[]>();
  for (const municipality of codes) {
    const own = periods
      .map((p) => ({ ...p, municipality, cells: new Map([...p.cells].filter(([, c]) => c.municipality === municipality)) }))
      .filter((p) => p.cells.size > 0);
    out.set(municipality, own);
  }
  return out;
}
