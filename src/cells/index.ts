/**
 * The product's cell shapes in one place, pure (no I/O): what is counted, delivered, stored and
 * computed, the stored deliveries and StatBank's context figures that carry them, and the council's targets a computed figure is judged against. Every layer that handles a figure — aggregate, store, services, format, narrative —
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
export {
  type CellChanges,
  DELIVERY_SOURCES,
  DELIVERY_STATUSES,
  type DeliveryMeta,
  type DeliverySource,
  type DeliveryStatus,
  type DeliveryWithCells,
  type LatestFilter,
  type NewDelivery,
  type SaveResult,
} from './delivery.ts';
export {
  CONTEXT_SCOPES,
  CONTEXT_UNITS,
  type ContextFilter,
  type ContextRow,
  type ContextScope,
  type ContextUnit,
  type SaveContextInput,
} from './context-row.ts';
