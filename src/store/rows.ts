/**
 * Conversion between database rows and the store's public types, and the canonical order of cells.
 * The only place that knows column names on the way out.
 */
import type { Selectable } from 'kysely';
import { DELIVERY_GROUPS, type Definition, type DeliveryGroup } from '../origin/types.ts';
import { type DeliveryCellsTable, type DeliveriesTable, fromDbBool, toDbBool } from './database.ts';
import type { Cell, DeliveryMeta, DeliverySource, DeliveryStatus } from '../cells/index.ts';

export type DeliveryRow = Selectable<DeliveriesTable>;
export type CellRow = Selectable<DeliveryCellsTable>;

/** A stored delivery row as `DeliveryMeta` (the CHECK constraints guarantee the unions). */
export function toDeliveryMeta(row: DeliveryRow): DeliveryMeta {
  return {
    id: row.id,
    indicator: row.indicator,
    period: row.period,
    version: row.version,
    fileName: row.file_name,
    fileHash: row.file_hash,
    source: row.source as DeliverySource,
    definition: row.definition as Definition,
    thirdGeneration: fromDbBool(row.third_generation),
    createdAt: row.created_at,
    createdBy: row.created_by,
    status: row.status as DeliveryStatus,
    statusComment: row.status_comment,
    cellCount: row.cell_count,
  };
}

/** A stored cell row as `Cell`. */
export function toCell(row: CellRow): Cell {
  return {
    municipality: row.municipality,
    group: row.grp as DeliveryGroup,
    breakdown: row.breakdown,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    sd: row.sd,
    n: row.n,
    suppressed: fromDbBool(row.suppressed),
    note: row.note,
  };
}

/** A cell as an insertable row of `delivery_cells`. */
export function toCellRow(deliveryId: number, cell: Cell) {
  return {
    delivery_id: deliveryId,
    municipality: cell.municipality,
    grp: cell.group,
    breakdown: cell.breakdown,
    numerator: cell.numerator,
    denominator: cell.denominator,
    value: cell.value,
    sd: cell.sd,
    n: cell.n,
    suppressed: toDbBool(cell.suppressed),
    note: cell.note,
  };
}

/** A cell's identity within its delivery, as one string. */
export function cellKey(cell: { municipality: string; group: DeliveryGroup; breakdown: string }): string {
  return `${cell.municipality}\u0000${cell.group}\u0000${cell.breakdown}`;
}

/**
 * Canonical cell order: municipality (code, so `000` first), group (target, comparison, other,
 * total), then breakdown by code point — the same on both databases whatever their collation.
 */
export function compareCells(a: Cell, b: Cell): number {
  if (a.municipality !== b.municipality) return a.municipality < b.municipality ? -1 : 1;
  const byGroup = DELIVERY_GROUPS.indexOf(a.group) - DELIVERY_GROUPS.indexOf(b.group);
  if (byGroup !== 0) return byGroup;
  return a.breakdown < b.breakdown ? -1 : a.breakdown > b.breakdown ? 1 : 0;
}

/** Orders deliveries by indicator, then period, then version (code point order). */
export function compareMetas(a: DeliveryMeta, b: DeliveryMeta): number {
  if (a.indicator !== b.indicator) return a.indicator < b.indicator ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return a.version - b.version;
}
