/** Writes an aggregated delivery file (DATA.md §4): the long format `import` reads back. */
import type { Indicator } from '../../catalogue/index.ts';
import type { Cell } from '../../store/index.ts';
import { writeCsvFile } from '../output-file.ts';

export const DELIVERY_HEADER = [
  'indicator',
  'period',
  'group',
  'breakdown',
  'numerator',
  'denominator',
  'value',
  'sd',
  'n',
  'definition',
  'third_generation',
  'suppressed',
  'note',
] as const;

export async function writeDeliveryFile(path: string, indicator: Indicator, period: string, cells: readonly Cell[]): Promise<void> {
  await writeCsvFile(
    path,
    DELIVERY_HEADER,
    cells.map((c) => [
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
