/**
 * Opening, reading and closing delivery rounds. Opening and closing are audited in the same
 * transaction as the change; a round is never deleted.
 */
import type { Kysely, Selectable } from 'kysely';
import { insertAudit } from './audit.ts';
import type { JsonValue } from '../accounts/audit.ts';
import type { Database, RoundsTable } from './database.ts';
import { isUniqueViolation, RoundNameTakenError, RoundNotFoundError } from './errors.ts';
import type { NewRound, Round, RoundPeriods } from './round-types.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

function toRound(row: Selectable<RoundsTable>): Round {
  return {
    id: row.id,
    name: row.name,
    periods: JSON.parse(row.periods) as RoundPeriods,
    deadline: row.deadline,
    openedBy: row.opened_by,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

function auditable(round: Round): { [key: string]: JsonValue } {
  return { name: round.name, periods: round.periods as { [key: string]: string }, deadline: round.deadline, closedAt: round.closedAt };
}

/** See `Store.openRound`. */
export function openRound(ctx: StoreContext, round: NewRound, actor: string): Promise<Round> {
  return inTransaction(ctx, async (trx) => {
    let row: Selectable<RoundsTable>;
    try {
      row = await trx
        .insertInto('rounds')
        .values({
          name: round.name,
          periods: JSON.stringify(round.periods),
          deadline: round.deadline,
          opened_by: actor,
          opened_at: ctx.now(),
          closed_at: null,
          closed_by: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw new RoundNameTakenError(round.name, { cause: error });
      throw error;
    }
    const created = toRound(row);
    await insertAudit(
      trx,
      { actor, action: 'round.open', objectType: 'round', objectId: String(created.id), details: { before: null, after: auditable(created) } },
      ctx.now,
    );
    return created;
  });
}

/** See `Store.getRound`. */
export async function getRound(db: Kysely<Database>, id: number): Promise<Round | undefined> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRound(row);
}

/** See `Store.listRounds`: newest first. */
export async function listRounds(db: Kysely<Database>): Promise<Round[]> {
  const rows = await db.selectFrom('rounds').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toRound);
}

/** See `Store.closeRound`: closing a closed round changes nothing and writes nothing. */
export function closeRound(ctx: StoreContext, id: number, actor: string): Promise<Round> {
  return inTransaction(ctx, async (trx) => {
    const before = await getRound(trx, id);
    if (before === undefined) throw new RoundNotFoundError(id);
    if (before.closedAt !== null) return before;
    const row = await trx.updateTable('rounds').set({ closed_at: ctx.now(), closed_by: actor }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const after = toRound(row);
    await insertAudit(
      trx,
      { actor, action: 'round.close', objectType: 'round', objectId: String(id), details: { before: auditable(before), after: auditable(after) } },
      ctx.now,
    );
    return after;
  });
}
