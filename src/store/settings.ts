/**
 * Versioned settings: each change is a new version of the named setting, written with its audit
 * entry (`setting.set`) in one transaction; the same value as the one in force writes nothing.
 */
import type { Kysely } from 'kysely';
import { insertAudit } from './audit.ts';
import type { JsonValue } from '../accounts/audit.ts';
import type { Database } from './database.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/** One version of a setting; `value` is the JSON the caller wrote (validate it when reading). */
export interface SettingVersion {
  name: string;
  version: number;
  value: unknown;
  createdAt: string;
  createdBy: string;
}

/** The version in force, or undefined when the setting was never written. */
export async function currentSetting(db: Kysely<Database>, name: string): Promise<SettingVersion | undefined> {
  const row = await db.selectFrom('settings').selectAll().where('name', '=', name).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  return { name: row.name, version: row.version, value: JSON.parse(row.value) as unknown, createdAt: row.created_at, createdBy: row.created_by };
}

/** Writes `value` as the setting's next version, audited; null when it equals the one in force. */
export function writeSetting(ctx: StoreContext, name: string, value: JsonValue, actor: string): Promise<SettingVersion | null> {
  return inTransaction(ctx, async (trx) => {
    const before = await currentSetting(trx, name);
    const text = JSON.stringify(value);
    if (before !== undefined && JSON.stringify(before.value) === text) return null;
    const version = (before?.version ?? 0) + 1;
    const createdAt = ctx.now();
    await trx.insertInto('settings').values({ name, version, value: text, created_at: createdAt, created_by: actor }).execute();
    await insertAudit(
      trx,
      { actor, action: 'setting.set', objectType: 'setting', objectId: name, details: { version, before: (before?.value ?? null) as JsonValue, after: value } },
      ctx.now,
    );
    return { name, version, value, createdAt, createdBy: actor };
  });
}
