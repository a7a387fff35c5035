/**
 * Users as the store keeps them. Creating and changing a user is audited (never with the password
 * hash); reading is not.
 */
import type { Kysely, Selectable } from 'kysely';
import { insertAudit } from './audit.ts';
import type { JsonValue } from '../accounts/audit.ts';
import { type Database, fromDbBool, toDbBool, type UsersTable } from './database.ts';
import { isUniqueViolation, UsernameTakenError, UserNotFoundError } from './errors.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import type { NewUser, User, UserPatch, UserRole } from '../accounts/index.ts';

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role as UserRole,
    departments: JSON.parse(row.departments) as string[],
    disabled: fromDbBool(row.disabled),
    createdAt: row.created_at,
  };
}

/** The audit form of a user: everything but the password hash. */
function auditable(u: Partial<User>): { [key: string]: JsonValue } {
  const { passwordHash, ...rest } = u;
  const out: { [key: string]: JsonValue } = { ...(rest as { [key: string]: JsonValue }) };
  if (passwordHash !== undefined) out.password = 'changed';
  return out;
}

/** See `Store.createUser`. */
export function createUser(ctx: StoreContext, user: NewUser, actor: string): Promise<User> {
  return inTransaction(ctx, async (trx) => {
    let row: Selectable<UsersTable>;
    try {
      row = await trx
        .insertInto('users')
        .values({
          username: user.username,
          display_name: user.displayName,
          password_hash: user.passwordHash,
          role: user.role,
          departments: JSON.stringify(user.departments),
          disabled: toDbBool(user.disabled ?? false),
          created_at: ctx.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw new UsernameTakenError(user.username, { cause: error });
      throw error;
    }
    const created = toUser(row);
    const { passwordHash: _hash, ...details } = created;
    await insertAudit(trx, { actor, action: 'user.create', objectType: 'user', objectId: String(created.id), details: auditable(details) }, ctx.now);
    return created;
  });
}

/** See `Store.findUserByName`. */
export async function findUserByName(db: Kysely<Database>, username: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** See `Store.getUser`. */
export async function getUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** See `Store.listUsers`: ordered by username. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().execute();
  return rows.map(toUser).sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
}

/** See `Store.updateUser`. */
export function updateUser(ctx: StoreContext, id: number, patch: UserPatch, actor: string): Promise<User> {
  return inTransaction(ctx, async (trx) => {
    const before = await getUser(trx, id);
    if (before === undefined) throw new UserNotFoundError(id);
    const fields = Object.keys(patch).filter((k) => patch[k as keyof UserPatch] !== undefined) as (keyof UserPatch)[];
    if (fields.length === 0) return before;
    const after = await trx
      .updateTable('users')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.departments !== undefined && { departments: JSON.stringify(patch.departments) }),
        ...(patch.disabled !== undefined && { disabled: toDbBool(patch.disabled) }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const pickFields = (u: User): Partial<User> => Object.fromEntries(fields.map((f) => [f, u[f]]));
    await insertAudit(
      trx,
      {
        actor,
        action: 'user.update',
        objectType: 'user',
        objectId: String(id),
        details: { username: before.username, before: auditable(pickFields(before)), after: auditable(pickFields(toUser(after))) },
      },
      ctx.now,
    );
    return toUser(after);
  });
}
