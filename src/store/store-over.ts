/**
 * Binds the store's operations to one database context, producing the `Store` that services use.
 * Each operation lives in its own module; this file only wires them together.
 */
import { insertAudit, readAuditLog } from './audit.ts';
import { comparisonSets, listComparisonFigures, saveComparisonSet } from './comparison.ts';
import { listContext, saveContext } from './context-series.ts';
import { setDeliveryStatus } from './delivery-status.ts';
import { exportRows, importRows } from './backup.ts';
import { changeCounter, fingerprint, stats } from './fingerprint.ts';
import { deliveryVersions, getDelivery, latestDeliveries } from './read-deliveries.ts';
import { closeRound, getRound, listRounds, openRound } from './rounds.ts';
import { saveDeliveries } from './save-deliveries.ts';
import { createSession, deleteExpiredSessions, deleteSession, deleteUserSessions, findSession } from './sessions.ts';
import { currentSetting, writeSetting } from './settings.ts';
import { getStatbankCache, putStatbankCache } from './statbank-cache.ts';
import type { Store } from './store.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import { currentTargets, targetVersions, writeTarget } from './targets.ts';
import { createUser, findUserByName, getUser, listUsers, updateUser } from './users.ts';

/** A `Store` over `ctx`; `close()` releases the database. */
export function storeOver(ctx: StoreContext): Store {
  const { db } = ctx;
  return {
    kind: ctx.dialect,
    saveDelivery: async (d) => {
      const [result] = await saveDeliveries(ctx, [d]);
      if (result === undefined) throw new Error('saveDeliveries returned no result');
      return result;
    },
    saveDeliveries: (ds) => saveDeliveries(ctx, ds),
    latestDeliveries: (filter) => latestDeliveries(db, filter),
    deliveryVersions: (indicator, period) => deliveryVersions(db, indicator, period),
    getDelivery: (id) => getDelivery(db, id),
    setDeliveryStatus: (id, status, comment, actor) => setDeliveryStatus(ctx, id, status, comment, actor),
    appendAudit: (entry) => inTransaction(ctx, (trx) => insertAudit(trx, entry, ctx.now)),
    auditLog: (filter) => readAuditLog(db, filter),
    stats: () => stats(db),
    fingerprint: () => fingerprint(ctx),
    changeCounter: () => changeCounter(db),
    createUser: (user, actor) => createUser(ctx, user, actor),
    findUserByName: (username) => findUserByName(db, username),
    getUser: (id) => getUser(db, id),
    listUsers: () => listUsers(db),
    updateUser: (id, patch, actor) => updateUser(ctx, id, patch, actor),
    createSession: (session) => createSession(db, session),
    findSession: (id) => findSession(db, id, ctx.now()),
    deleteSession: (id) => deleteSession(db, id),
    deleteExpiredSessions: () => deleteExpiredSessions(db, ctx.now()),
    deleteUserSessions: (userId) => deleteUserSessions(db, userId),
    exportRows: (emit) => exportRows(ctx, emit),
    importRows: (info, batches) => importRows(ctx, info, batches),
    openRound: (round, actor) => openRound(ctx, round, actor),
    getRound: (id) => getRound(db, id),
    listRounds: () => listRounds(db),
    closeRound: (id, actor) => closeRound(ctx, id, actor),
    getStatbankCache: (tableId, requestHash) => getStatbankCache(db, tableId, requestHash),
    putStatbankCache: (entry) => putStatbankCache(db, entry),
    saveContext: (input) => saveContext(ctx, input),
    listContext: (filter) => listContext(db, filter),
    writeTarget: (indicator, target, actor) => writeTarget(ctx, indicator, target, actor),
    targetVersions: (indicator) => targetVersions(db, indicator),
    currentTargets: () => currentTargets(db),
    saveComparisonSet: (meta, figures, actor, actorNote) => saveComparisonSet(ctx, meta, figures, actor, actorNote),
    comparisonSets: () => comparisonSets(db),
    listComparisonFigures: (indicator) => listComparisonFigures(db, indicator),
    writeSetting: (name, value, actor) => writeSetting(ctx, name, value, actor),
    currentSetting: (name) => currentSetting(db, name),
    close: () => db.destroy(),
  };
}
