/**
 * Hardening (issue 17): sessions are now kept as the sha256 of their token, so the tokens stored
 * before cannot be found any more — they are removed (everyone signs in again once). And an index
 * on the audit log's action, so that the figures' cache can ask for the newest change that affects
 * figures without reading past a flood of login entries.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** Builds the hardening migration for one dialect (the same SQL serves both). */
export function hardeningMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`DELETE FROM sessions`.execute(db);
      await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
    },
  };
}
