/**
 * Reading the audit log — the coordinator's and the administrator's page, its CSV download and
 * `GET /api/audit` — through one verb, so that the filters and the limits are decided once.
 */
import type { Store } from '../store/index.ts';
import type { AuditEntry } from '../accounts/index.ts';

/** What a reader may filter on; blank texts filter nothing. */
export interface AuditQuery {
  readonly action?: string | undefined;
  readonly actor?: string | undefined;
  /** Newest first, at most this many; absent: the whole log, oldest first (the CSV download). */
  readonly newest?: number;
}

/** The page shows this many entries; the API answers 500 unless asked, never more than 10,000. */
export const AUDIT_LIMITS = { page: 200, apiDefault: 500, apiMax: 10_000 } as const;

/** The log's entries matching `query`. */
export function auditEntries(store: Store, query: AuditQuery): Promise<AuditEntry[]> {
  const action = query.action?.trim();
  const actor = query.actor?.trim();
  return store.auditLog({
    ...(action ? { action } : {}),
    ...(actor ? { actor } : {}),
    ...(query.newest === undefined ? {} : { newestFirst: true, limit: query.newest }),
  });
}

/** The API's `limit` parameter as a count: the default when absent or not a number, clamped to 1 … the maximum. */
export function apiAuditLimit(text: string | undefined): number {
  const asked = Number(text ?? AUDIT_LIMITS.apiDefault) || AUDIT_LIMITS.apiDefault;
  return Math.min(Math.max(asked, 1), AUDIT_LIMITS.apiMax);
}
