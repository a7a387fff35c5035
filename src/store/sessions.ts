/**
 * Login sessions, persisted so that several stateless web processes (PostgreSQL installation) share
 * them. The token, expiry and CSRF token are chosen by the auth layer; the store keeps and expires them.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { Session } from './user-types.ts';

/** See `Store.createSession`. */
export async function createSession(db: Kysely<Database>, s: Session): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt, csrf_token: s.csrfToken })
    .execute();
}

/** See `Store.findSession`: undefined if unknown or expired at `now`. */
export async function findSession(db: Kysely<Database>, id: string, now: string): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    csrfToken: row.csrf_token,
  };
}

/** See `Store.deleteSession`. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** See `Store.deleteExpiredSessions`. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
