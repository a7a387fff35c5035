/**
 * The audit log's vocabulary. The log is append-only: the store can add and read entries, never
 * change or remove them (and the database refuses to, with triggers).
 */

/** Values that survive a JSON round trip, for `details`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What a caller records. `at` defaults to the store's clock. */
export interface NewAuditEntry {
  actor: string;
  /** Dotted verb such as `delivery.import`, `delivery.status`, `user.create`. */
  action: string;
  objectType: string;
  objectId: string;
  details: { [key: string]: JsonValue };
  at?: string;
}

/** A stored audit entry. */
export interface AuditEntry {
  id: number;
  /** ISO-8601 UTC. */
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectId: string;
  details: { [key: string]: JsonValue };
}

/** Filter for `auditLog`; all fields optional and combined with AND. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Inclusive lower bound on `at` (ISO-8601 UTC). */
  since?: string;
  /** Exclusive upper bound on `at` (ISO-8601 UTC). */
  until?: string;
  /** Newest first instead of oldest first. */
  newestFirst?: boolean;
  limit?: number;
}
