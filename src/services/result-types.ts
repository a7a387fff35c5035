/** The computed result's shapes live with the other cell shapes in `cells/`, below every layer that renders them. */
export type { AreaRow, Change, ResultRow, SegregationReason, SegregationRow, StandardisedMissing, StatusReason } from '../cells/index.ts';
export type { Status } from '../stats/index.ts';
