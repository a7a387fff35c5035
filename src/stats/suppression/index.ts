/**
 * Public surface of small-cell suppression (DATA.md §6): `suppress` for tables of cells and
 * margins, `makeSuppressedView` for any rows on their way out of the product.
 */

export { DIMENSIONS, type Dimension } from './dimensions.ts';
export { MAX_ENUMERATED } from './find-disclosure.ts';
export { auditSuppression, auditSuppressionWithin, complementFor, type SuppressionFinding, unprovenIntervals } from './audit.ts';
export { countId, type IntervalFinding } from './interval-audit.ts';
export { primaryReason } from './primary.ts';
export { suppress } from './suppress.ts';
export { FIGURE_FIELDS, type FigureField, type WithFigures, withheld } from './withhold.ts';
export { makeSuppressedView, type PublishedRow, type Redacted, type SuppressedViewSpec } from './suppressed-view.ts';
export {
  type Cell,
  DEFAULT_THRESHOLD,
  MARGIN_DIMENSIONS,
  type Margin,
  type MarginDimension,
  type SuppressedCell,
  type SuppressionOptions,
  type SuppressionReason,
  type SuppressionResult,
  type Table,
  VALUE_KINDS,
  type ValueKind,
} from './types.ts';
