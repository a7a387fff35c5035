/** One validated row of an aggregated delivery (DATA.md §4): a stored cell plus where it belongs. */
import type { Definition } from '../../origin/index.ts';
import type { Cell } from '../../cells/index.ts';

export interface DeliveryRow extends Cell {
  rowNumber: number;
  indicator: string;
  /** Canonical period text. */
  period: string;
  definition: Definition;
  thirdGeneration: boolean;
}
