/** Writes an aggregated delivery file (DATA.md §4): the long format `import` reads back. */
import type { Indicator } from '../../catalogue/index.ts';
import { DELIVERY_COLUMNS } from '../../ingest/index.ts';
import type { Cell } from '../../cells/index.ts';
import { writeCsvFile } from '../output-file.ts';

/** The delivery columns in the contract's order, under their canonical names (the one list in `ingest/`). */
export const DELIVERY_HEADER = DELIVERY_COLUMNS.map((c) => c.name);

export async function writeDeliveryFile(path: string, indicator: Indicator, period: string, cells: readonly Cell[]): Promise<void> {
  await writeCsvFile(
    path,
    DELIVERY_HEADER,
    cells.map((c) => [
      c.municipality,
      indicator.id,
      period,
      c.group,
      c.breakdown,
      c.numerator,
      c.denominator,
      c.value,
      c.sd,
      c.n,
      indicator.group_definition,
      indicator.third_generation.included,
      c.suppressed,
      c.note,
    ]),
  );
}
