/**
 * The vocabulary of stored deliveries: what a caller hands to the store (`NewDelivery`), what it gets
 * back (`DeliveryMeta`, `DeliveryWithCells`) and how two versions differ (`CellChanges`).
 * Only aggregates live here — never a person. Pure, below the store that keeps them and the pages
 * that show them.
 */
import type { Cell } from './cell.ts';
import type { Definition } from '../origin/types.ts';

/** Where a delivery came from. */
export const DELIVERY_SOURCES = ['file', 'aggregate', 'demo', 'statbank', 'upload'] as const;
export type DeliverySource = (typeof DELIVERY_SOURCES)[number];

/** Workflow state of one delivery version. A new version always starts as `delivered`. */
export const DELIVERY_STATUSES = ['delivered', 'approved', 'published', 'returned'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Everything needed to store one indicator × period as a new version. */
export interface NewDelivery {
  indicator: string;
  period: string;
  fileName: string;
  /** sha256 hex of the file bytes the delivery came from. */
  fileHash: string;
  source: DeliverySource;
  definition: Definition;
  thirdGeneration: boolean;
  createdBy: string;
  /** Who the actor says they deliver for (`import --actor`): kept in the audit entry only, never as the actor. */
  actorNote?: string;
  cells: Cell[];
}

/** A stored delivery version without its cells. */
export interface DeliveryMeta {
  id: number;
  indicator: string;
  period: string;
  version: number;
  fileName: string;
  fileHash: string;
  source: DeliverySource;
  definition: Definition;
  thirdGeneration: boolean;
  /** ISO-8601 UTC, e.g. `2025-03-01T09:30:00.000Z`. */
  createdAt: string;
  createdBy: string;
  status: DeliveryStatus;
  statusComment: string;
  cellCount: number;
}

/** A stored delivery version with its cells, ordered by municipality, group (target, comparison, other, total) and breakdown. */
export interface DeliveryWithCells extends DeliveryMeta {
  cells: Cell[];
}

/** How a new version's cells differ from the previous version's (all empty lists = identical). */
export interface CellChanges {
  added: Cell[];
  removed: Cell[];
  changed: { before: Cell; after: Cell }[];
}

/** Outcome of saving one delivery. */
export type SaveResult = { kind: 'created'; delivery: DeliveryMeta; changes: CellChanges } | { kind: 'unchanged'; delivery: DeliveryMeta };

/** Filter for `latestDeliveries`. */
export interface LatestFilter {
  indicator?: string;
  period?: string;
  /** Consider only versions in these states: the result is the newest version *among them*. */
  status?: readonly DeliveryStatus[];
}
