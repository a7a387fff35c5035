/**
 * Writing and reading the audit log. There is deliberately no update or delete here; the database
 * triggers refuse them from any other client too.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditFilter, JsonValue, NewAuditEntry } from '../accounts/audit.ts';
import type { AuditLogTable, Database } from './database.ts';

/** Appends one entry (inside whatever transaction `db` is) and returns it as stored. */
export async function insertAudit(db: Kysely<Database>, entry: NewAuditEntry, now: () => string): Promise<AuditEntry> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: entry.at ?? now(),
      actor: entry.actor,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      details: JSON.stringify(entry.details),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAuditEntry(row);
}

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    details: JSON.parse(row.details) as { [key: string]: JsonValue },
  };
}

/** See `Store.auditLog`: entries in the order they were written (or newest first). */
export async function readAuditLog(db: Kysely<Database>, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const { actor, action, objectType, objectId, since, until, limit } = filter;
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .$if(actor !== undefined, (q) => q.where('actor', '=', actor as string))
    .$if(action !== undefined, (q) => q.where('action', '=', action as string))
    .$if(objectType !== undefined, (q) => q.where('object_type', '=', objectType as string))
    .$if(objectId !== undefined, (q) => q.where('object_id', '=', objectId as string))
    .$if(since !== undefined, (q) => q.where('at', '>=', since as string))
    .$if(until !== undefined, (q) => q.where('at', '<', until as string))
    .orderBy('id', filter.newestFirst === true ? 'desc' : 'asc')
    .$if(limit !== undefined, (q) => q.limit(limit as number))
    .execute();
  return rows.map(toAuditEntry);
}
