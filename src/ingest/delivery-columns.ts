/**
 * The columns of an aggregated delivery (DATA.md §4): long format, one row per cell. Only the cell's
 * address (indicator, period, group) is required as a column — a file without `municipality`
 * belongs to the configured own municipality; which counts must be filled in depends
 * on the indicator's measure and is checked by the import, not here.
 */
import type { ColumnSpec } from './column-spec.ts';

/** Expected columns of an aggregated delivery, with their Danish aliases. */
export const DELIVERY_COLUMNS = [
  // Empty or absent: the own municipality's cells. `000` is the whole country.
  { name: 'municipality', aliases: ['kommune', 'kommunekode'], required: false },
  { name: 'indicator', aliases: ['indikator'], required: true },
  { name: 'period', aliases: ['periode'], required: true },
  { name: 'group', aliases: ['gruppe'], required: true },
  { name: 'breakdown', aliases: ['opdeling'], required: false },
  { name: 'numerator', aliases: ['taeller'], required: false },
  { name: 'denominator', aliases: ['naevner'], required: false },
  { name: 'value', aliases: ['vaerdi'], required: false },
  { name: 'sd', aliases: ['spredning', 'standardafvigelse'], required: false },
  { name: 'n', aliases: ['antal'], required: false },
  { name: 'definition', aliases: ['afgraensning'], required: false },
  { name: 'third_generation', aliases: ['tredje_generation', '3_generation'], required: false },
  { name: 'suppressed', aliases: ['diskretioneret', 'undertrykt'], required: false },
  { name: 'note', aliases: ['bemaerkning', 'kommentar'], required: false, freeText: true },
] as const satisfies readonly ColumnSpec[];

/** The canonical names of an aggregated delivery's columns. */
export type DeliveryColumn = (typeof DELIVERY_COLUMNS)[number]['name'];
