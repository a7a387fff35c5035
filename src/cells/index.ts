/**
 * The product's cell shapes in one place, pure (no I/O): what is counted, delivered, stored and
 * computed, and the council's targets a computed figure is judged against. Every layer that handles a figure — aggregate, store, services, format, narrative —
 * imports them from here.
 */
export { type NewTarget, TARGET_MEASURES, type Target, type TargetMeasure, type TargetVersion } from './target.ts';
export { type AggregatedCell, type Cell, type CellKey, type CountedCell, unsuppressedCell } from './cell.ts';
export {
  type AreaRow,
  type Change,
  noDerivedFigures,
  type ResultRow,
  type SegregationReason,
  type SegregationRow,
  type StandardisedMissing,
  type StatusReason,
  type TargetProgress,
  withheldArea,
  withheldRow,
} from './result-row.ts';
