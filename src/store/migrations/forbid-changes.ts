/**
 * Database-level guards for rows that must never change: triggers that abort an UPDATE (of all or
 * of some columns), a DELETE or (PostgreSQL) a TRUNCATE. They back the store's promises — an
 * append-only audit log, deliveries that are versioned and never overwritten — against any client,
 * not just this code.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';

export interface ForbiddenChanges {
  /** 'all' forbids every UPDATE; a list forbids updates of those columns only. */
  update: 'all' | readonly string[];
  delete: boolean;
}

/** Installs the triggers that refuse the given changes on `table`. */
export async function forbidChanges(db: Kysely<unknown>, dialect: DialectName, table: string, forbidden: ForbiddenChanges): Promise<void> {
  const message = `${table} is append-only: rows cannot be changed or removed`;
  const columns = forbidden.update === 'all' ? '' : ` of ${forbidden.update.join(', ')}`;
  if (dialect === 'sqlite') {
    const raise = `begin select raise(abort, '${message}'); end`;
    await sql.raw(`create trigger ${table}_no_update before update${columns} on ${table} ${raise}`).execute(db);
    if (forbidden.delete) {
      await sql.raw(`create trigger ${table}_no_delete before delete on ${table} ${raise}`).execute(db);
    }
    return;
  }
  await sql
    .raw(
      `create function ${table}_refuse_change() returns trigger language plpgsql as $$
       begin raise exception '${message}' using errcode = 'restrict_violation'; end $$`,
    )
    .execute(db);
  await sql
    .raw(`create trigger ${table}_no_update before update${columns} on ${table} ` + `for each row execute function ${table}_refuse_change()`)
    .execute(db);
  if (forbidden.delete) {
    await sql.raw(`create trigger ${table}_no_delete before delete on ${table} for each row execute function ${table}_refuse_change()`).execute(db);
    await sql
      .raw(`create trigger ${table}_no_truncate before truncate on ${table} ` + `for each statement execute function ${table}_refuse_change()`)
      .execute(db);
  }
}
