/**
 * Login sessions, persisted so that several stateless web processes (PostgreSQL installation) share
 * them. The token, expiry and CSRF token are chosen by the auth layer; the store keeps and expires them.
 * Only the sha256 of a token is stored: whoever can read the database (a backup, another local
 * account) cannot take over a session with what they find there.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { Session } from '../accounts/index.ts';

/** See `Store.createSession`. */
export async function createSession(db: Kysely<Database>, s: Session): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: hashed(s.id), user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt, csrf_token: s.csrfToken })
    .execute();
}

/** See `Store.findSession`: undefined if unknown or expired at `now`. */
export async function findSession(db: Kysely<Database>, id: string, now: string): Promise<Session | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', hashed(id)).where('expires_at', '>', now).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    csrfToken: row.csrf_token,
  };
}

/** See `Store.deleteSession`. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashed(id)).execute();
}

/** See `Store.deleteUserSessions`: every session of the user (password changed, user disabled). */
export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** What is stored for a token: its sha256, hex. */
function hashed(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** See `Store.deleteExpiredSessions`. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
