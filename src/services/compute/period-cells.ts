/**
 * One indicator's deliveries arranged by period, each with its suppression decided once: the
 * unit that every later step (estimates, gaps, changes, status) reads from.
 */
import { comparePeriodTexts, type Indicator } from '../../catalogue/index.ts';
import { suppress } from '../../stats/index.ts';
import type { Cell, DeliveryWithCells } from '../../store/index.ts';
import { cellKey, deliveryTable } from './delivery-table.ts';

export interface PeriodCells {
  period: string;
  delivery: DeliveryWithCells;
  cells: ReadonlyMap<string, Cell>;
  /** Keys of the cells that may not be published (primary, secondary or at the source). */
  suppressed: ReadonlySet<string>;
}

/** Suppressed keys of one delivery under the product's one suppression rule. */
export function suppressedKeys(indicator: Indicator, cells: readonly Cell[], threshold: number): Set<string> {
  const result = suppress(deliveryTable(indicator, cells), { threshold });
  return new Set(result.cells.filter((c) => c.suppressed).map((c) => c.key));
}

/** The indicator's deliveries, oldest period first, with suppression applied. */
export function periodCells(indicator: Indicator, deliveries: readonly DeliveryWithCells[], threshold: number): PeriodCells[] {
  return deliveries
    .filter((d) => d.indicator === indicator.id)
    .map((delivery) => ({
      period: delivery.period,
      delivery,
      cells: new Map(delivery.cells.map((c) => [cellKey(c), c])),
      suppressed: suppressedKeys(indicator, delivery.cells, threshold),
    }))
    .sort((a, b) => comparePeriodTexts(a.period, b.period));
}
