/** One validated row of an aggregated delivery (DATA.md §4). */
import type { Definition, DeliveryGroup } from '../../origin/index.ts';

export interface DeliveryRow {
  rowNumber: number;
  indicator: string;
  /** Canonical period text. */
  period: string;
  group: DeliveryGroup;
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  sd: number | null;
  n: number | null;
  definition: Definition;
  thirdGeneration: boolean;
  suppressed: boolean;
  note: string;
}
