/**
 * The store's behaviour, run unchanged against every backend in `backends.ts` (SQLite always,
 * PostgreSQL with TEST_DATABASE_URL, and failing in CI without it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryNotFoundError, DuplicateCellError, openStore, type Store, UsernameTakenError, UserNotFoundError } from '../../src/store/index.ts';
import { backends, postgresWanted, type TestDatabase } from './backends.ts';
import { cell, delivery, manyCells, sha, suppressedCell, tickingClock } from './helpers.ts';

const V2_CELLS = [cell('total', '', 1150, 2600), cell('comparison', '', 900, 2000), cell('target', '', 130, 400)];

describe.each(backends)('store on $name', ({ create }) => {
  let testDb: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    testDb = await create();
    store = await openStore({ ...testDb.options, now: tickingClock() });
  });

  afterEach(async () => {
    await store?.close();
    await testDb?.cleanup();
  });

  describe('versioning', () => {
    it('stores a changed delivery as version 2 and keeps version 1 readable', async () => {
      const first = await store.saveDelivery(delivery());
      const second = await store.saveDelivery(delivery({ fileHash: sha('file-2'), cells: V2_CELLS }));
      expect(first.kind).toBe('created');
      expect(second.kind).toBe('created');
      if (first.kind !== 'created' || second.kind !== 'created') return;

      expect(first.delivery).toMatchObject({ version: 1, status: 'delivered', cellCount: 3 });
      expect(first.delivery.createdAt).toBe('2025-03-01T09:00:00.000Z');
      expect(second.delivery).toMatchObject({ version: 2, cellCount: 3, fileHash: sha('file-2') });
      expect(second.delivery.createdAt).toBe('2025-03-01T09:00:01.000Z');

      const versions = await store.deliveryVersions('selvforsoergelse', '2025');
      expect(versions.map((v) => v.version)).toEqual([1, 2]);

      const v1 = await store.getDelivery(first.delivery.id);
      expect(v1?.cells).toEqual([cell('target', '', 120, 400), cell('comparison', '', 900, 2000), suppressedCell('other', '')]);

      const [latest, ...rest] = await store.latestDeliveries();
      expect(rest).toEqual([]);
      expect(latest?.id).toBe(second.delivery.id);
      // Cells come back in canonical order: target, comparison, other, total.
      expect(latest?.cells).toEqual([V2_CELLS[2], V2_CELLS[1], V2_CELLS[0]]);
    });

    it('reports exactly which cells were added, removed and changed', async () => {
      await store.saveDelivery(delivery());
      const result = await store.saveDelivery(delivery({ fileHash: sha('file-2'), cells: V2_CELLS }));
      if (result.kind !== 'created') throw new Error('expected a new version');
      expect(result.changes.added).toEqual([cell('total', '', 1150, 2600)]);
      expect(result.changes.removed).toEqual([suppressedCell('other', '')]);
      expect(result.changes.changed).toEqual([{ before: cell('target', '', 120, 400), after: cell('target', '', 130, 400) }]);
    });

    it('returns unchanged and writes nothing for the same file, or the same content from another file', async () => {
      const first = await store.saveDelivery(delivery());
      const before = await store.fingerprint();
      const statsBefore = await store.stats();

      const again = await store.saveDelivery(delivery({ cells: V2_CELLS }));
      expect(again).toEqual({ kind: 'unchanged', delivery: first.delivery });

      const reordered = [...delivery().cells].reverse();
      const sameContent = await store.saveDelivery(delivery({ fileHash: sha('other file'), cells: reordered }));
      expect(sameContent.kind).toBe('unchanged');
      expect(sameContent.delivery.version).toBe(1);

      expect(await store.fingerprint()).toBe(before);
      expect(await store.stats()).toEqual(statsBefore);
      expect(statsBefore).toEqual({ deliveries: 1, cells: 3, audit: 1 });
    });

    it('treats a change of definition or third generation as a new version even with equal cells', async () => {
      await store.saveDelivery(delivery());
      const r = await store.saveDelivery(delivery({ fileHash: sha('file-2'), definition: 'citizenship' }));
      expect(r.kind).toBe('created');
      expect(r.delivery).toMatchObject({ version: 2, definition: 'citizenship', thirdGeneration: false });
      const r3 = await store.saveDelivery(delivery({ fileHash: sha('file-3'), definition: 'citizenship', thirdGeneration: true }));
      expect(r3.delivery).toMatchObject({ version: 3, thirdGeneration: true });
    });

    it('numbers versions per indicator and period independently', async () => {
      await store.saveDelivery(delivery());
      const other = await store.saveDelivery(delivery({ period: '2024', fileHash: sha('file-2') }));
      expect(other.delivery.version).toBe(1);
    });

    it('stores and reads back a large delivery (several INSERT batches)', async () => {
      const cells = manyCells(2500);
      const r = await store.saveDelivery(delivery({ cells }));
      const back = await store.getDelivery(r.delivery.id);
      expect(back?.cellCount).toBe(2500);
      expect(back?.cells).toHaveLength(2500);
      expect(back?.cells.filter((c) => c.group === 'total')).toHaveLength(625);
      expect(back?.cells.find((c) => c.breakdown === 'area=00007' && c.group === 'comparison')).toEqual(cells[29]);
    });
  });

  describe('all or nothing', () => {
    it('rolls back every delivery of a multi-delivery save when one cell violates the unique key', async () => {
      await store.saveDelivery(delivery());
      const before = await store.fingerprint();
      const statsBefore = await store.stats();
      const bad = delivery({
        indicator: 'hjemmepleje',
        fileHash: sha('import'),
        cells: [cell('target', '', 10, 100), cell('target', '', 11, 100)],
      });
      const good = delivery({ indicator: 'socialpsykiatri', fileHash: sha('import') });
      const changed = delivery({ fileHash: sha('import'), cells: V2_CELLS });
      await expect(store.saveDeliveries([good, changed, bad])).rejects.toBeInstanceOf(DuplicateCellError);

      expect(await store.fingerprint()).toBe(before);
      expect(await store.stats()).toEqual(statsBefore);
      expect(await store.latestDeliveries({ indicator: 'socialpsykiatri' })).toEqual([]);
      expect((await store.deliveryVersions('selvforsoergelse', '2025')).map((v) => v.version)).toEqual([1]);

      // The store is still usable after the rollback.
      const results = await store.saveDeliveries([good, changed]);
      expect(results.map((r) => [r.kind, r.delivery.indicator, r.delivery.version])).toEqual([
        ['created', 'socialpsykiatri', 1],
        ['created', 'selvforsoergelse', 2],
      ]);
    });

    it('refuses invalid cells before writing anything', async () => {
      const before = await store.fingerprint();
      const fractional = delivery({ cells: [{ ...cell('target', '', 1, 10), numerator: 1.5 }] });
      await expect(store.saveDelivery(fractional)).rejects.toThrow(/numerator/);
      const notFinite = delivery({ cells: [{ ...cell('target', '', 1, 10), value: Number.NaN }] });
      await expect(store.saveDelivery(notFinite)).rejects.toThrow(/value/);
      await expect(store.saveDelivery(delivery({ fileHash: 'abc' }))).rejects.toThrow(/fileHash/);
      expect(await store.fingerprint()).toBe(before);
    });
  });

  describe('audit log', () => {
    it('records who imported what, with the file hash and the changes against the previous version', async () => {
      const v1 = await store.saveDelivery(delivery());
      const v2 = await store.saveDelivery(delivery({ fileHash: sha('file-2'), cells: V2_CELLS, createdBy: 'coordinator' }));
      const log = await store.auditLog({ action: 'delivery.import' });
      expect(log).toHaveLength(2);
      const [first, second] = log;
      expect(first).toMatchObject({
        actor: 'steward-arbejdsmarked',
        at: v1.delivery.createdAt,
        objectType: 'delivery',
        objectId: String(v1.delivery.id),
      });
      expect(first?.details).toMatchObject({
        version: 1,
        fileHash: sha('file-1'),
        cellCount: 3,
        previous: null,
        changes: { added: 3, removed: 0, changed: 0, cells: [], omitted: 3 },
      });
      expect(second).toMatchObject({ actor: 'coordinator', objectId: String(v2.delivery.id) });
      expect(second?.details).toMatchObject({
        version: 2,
        fileHash: sha('file-2'),
        previous: { id: v1.delivery.id, version: 1, fileHash: sha('file-1') },
        changes: {
          added: 1,
          removed: 1,
          changed: 1,
          omitted: 0,
          cells: [
            { change: 'added', group: 'total', breakdown: '' },
            { change: 'removed', group: 'other', breakdown: '' },
            {
              change: 'changed',
              group: 'target',
              breakdown: '',
              before: { numerator: 120, value: 0.3 },
              after: { numerator: 130, value: 0.325 },
            },
          ],
        },
      });
    });

    it('appends free entries and filters them', async () => {
      const a = await store.appendAudit({ actor: 'anna', action: 'report.export', objectType: 'report', objectId: 'r1', details: { format: 'docx' } });
      await store.appendAudit({ actor: 'bo', action: 'report.export', objectType: 'report', objectId: 'r2', details: {} });
      await store.appendAudit({
        actor: 'anna',
        action: 'catalogue.edit',
        objectType: 'indicator',
        objectId: 'x',
        details: { n: [1, 2] },
        at: '2030-01-01T00:00:00.000Z',
      });
      expect(a).toMatchObject({ id: expect.any(Number), at: '2025-03-01T09:00:00.000Z', details: { format: 'docx' } });
      expect((await store.auditLog({ actor: 'anna' })).map((e) => e.objectId)).toEqual(['r1', 'x']);
      expect((await store.auditLog({ newestFirst: true, limit: 2 })).map((e) => e.objectId)).toEqual(['x', 'r2']);
      expect((await store.auditLog({ since: '2025-03-01T09:00:01.000Z', until: '2030-01-01T00:00:00.000Z' })).map((e) => e.objectId)).toEqual(['r2']);
      expect((await store.auditLog({ objectType: 'indicator' }))[0]?.details).toEqual({ n: [1, 2] });
    });

    it('cannot be changed or removed, not even with raw SQL; stored deliveries cannot be overwritten', async () => {
      const r = await store.saveDelivery(delivery());
      const before = await store.fingerprint();
      await expect(testDb.exec(`update audit_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(testDb.exec('delete from audit_log')).rejects.toThrow(/append-only/);
      await expect(testDb.exec('update delivery_cells set numerator = 0')).rejects.toThrow(/append-only/);
      await expect(testDb.exec('delete from delivery_cells')).rejects.toThrow(/append-only/);
      await expect(testDb.exec(`update deliveries set file_hash = 'x'`)).rejects.toThrow(/append-only/);
      await expect(testDb.exec('delete from deliveries')).rejects.toThrow(/append-only/);
      if (store.kind === 'postgres') {
        await expect(testDb.exec('truncate audit_log')).rejects.toThrow(/append-only/);
      }
      expect(await store.fingerprint()).toBe(before);
      // The workflow columns stay writable.
      await testDb.exec(`update deliveries set status_comment = 'ok' where id = ${r.delivery.id}`);
      expect((await store.getDelivery(r.delivery.id))?.statusComment).toBe('ok');
    });
  });

  describe('latestDeliveries', () => {
    async function seed() {
      const a2024 = await store.saveDelivery(delivery({ period: '2024', fileHash: sha('a2024') }));
      const a2025v1 = await store.saveDelivery(delivery({ fileHash: sha('a2025') }));
      const a2025v2 = await store.saveDelivery(delivery({ fileHash: sha('a2025b'), cells: V2_CELLS }));
      const b2025 = await store.saveDelivery(delivery({ indicator: 'hjemmepleje', fileHash: sha('b2025'), cells: [cell('target', 'age=65+', 40, 200)] }));
      await store.setDeliveryStatus(a2024.delivery.id, 'published', '', 'coordinator');
      await store.setDeliveryStatus(a2025v1.delivery.id, 'published', '', 'coordinator');
      return { a2024, a2025v1, a2025v2, b2025 };
    }

    it('returns the newest version of every indicator and period, sorted, with its own cells', async () => {
      const s = await seed();
      const all = await store.latestDeliveries();
      expect(all.map((d) => [d.indicator, d.period, d.version])).toEqual([
        ['hjemmepleje', '2025', 1],
        ['selvforsoergelse', '2024', 1],
        ['selvforsoergelse', '2025', 2],
      ]);
      expect(all.map((d) => d.cells.length)).toEqual([1, 3, 3]);
      expect(all[0]?.cells).toEqual([cell('target', 'age=65+', 40, 200)]);
      expect(all[2]?.id).toBe(s.a2025v2.delivery.id);
    });

    it('filters by indicator and period', async () => {
      await seed();
      const byIndicator = await store.latestDeliveries({ indicator: 'selvforsoergelse' });
      expect(byIndicator.map((d) => `${d.period} v${d.version}`)).toEqual(['2024 v1', '2025 v2']);
      const byPeriod = await store.latestDeliveries({ period: '2025' });
      expect(byPeriod.map((d) => `${d.indicator} v${d.version}`)).toEqual(['hjemmepleje v1', 'selvforsoergelse v2']);
      expect(await store.latestDeliveries({ indicator: 'selvforsoergelse', period: '2023' })).toEqual([]);
    });

    it('with a status filter, returns the newest version among those in the given states', async () => {
      const s = await seed();
      const published = await store.latestDeliveries({ status: ['published'] });
      expect(published.map((d) => [d.period, d.version, d.status])).toEqual([
        ['2024', 1, 'published'],
        ['2025', 1, 'published'],
      ]);
      expect(published[1]?.id).toBe(s.a2025v1.delivery.id);
      expect(published[1]?.cells).toHaveLength(3);
      const delivered = await store.latestDeliveries({ status: ['delivered', 'approved'] });
      expect(delivered.map((d) => `${d.indicator} ${d.period} v${d.version}`)).toEqual(['hjemmepleje 2025 v1', 'selvforsoergelse 2025 v2']);
      expect(await store.latestDeliveries({ status: [] })).toEqual([]);
    });
  });

  describe('status', () => {
    it('changes the status with a comment and audits before and after', async () => {
      const r = await store.saveDelivery(delivery());
      const returned = await store.setDeliveryStatus(r.delivery.id, 'returned', 'numerator looks too high', 'coordinator');
      expect(returned).toMatchObject({ id: r.delivery.id, status: 'returned', statusComment: 'numerator looks too high' });
      expect((await store.getDelivery(r.delivery.id))?.status).toBe('returned');
      const [entry] = await store.auditLog({ action: 'delivery.status' });
      expect(entry).toMatchObject({
        actor: 'coordinator',
        objectType: 'delivery',
        objectId: String(r.delivery.id),
        details: {
          indicator: 'selvforsoergelse',
          period: '2025',
          version: 1,
          before: { status: 'delivered', comment: '' },
          after: { status: 'returned', comment: 'numerator looks too high' },
        },
      });
    });

    it('refuses an unknown delivery and audits nothing', async () => {
      const before = await store.fingerprint();
      await expect(store.setDeliveryStatus(9999, 'approved', '', 'coordinator')).rejects.toBeInstanceOf(DeliveryNotFoundError);
      expect(await store.fingerprint()).toBe(before);
    });
  });

  describe('users and sessions', () => {
    it('creates, finds, lists and updates users, auditing without the password hash', async () => {
      const created = await store.createUser(
        { username: 'bo', displayName: 'Bo Data', passwordHash: 'hash-1', role: 'steward', departments: ['Center for Arbejdsmarked'] },
        'admin',
      );
      await store.createUser({ username: 'anna', displayName: 'Anna K', passwordHash: 'hash-2', role: 'coordinator', departments: [] }, 'admin');
      expect(created).toMatchObject({ username: 'bo', disabled: false, departments: ['Center for Arbejdsmarked'], createdAt: '2025-03-01T09:00:00.000Z' });
      expect(await store.findUserByName('bo')).toEqual(created);
      expect(await store.findUserByName('nobody')).toBeUndefined();
      expect((await store.listUsers()).map((u) => u.username)).toEqual(['anna', 'bo']);
      await expect(store.createUser({ username: 'bo', displayName: 'x', passwordHash: 'h', role: 'reader', departments: [] }, 'admin')).rejects.toBeInstanceOf(
        UsernameTakenError,
      );

      const updated = await store.updateUser(created.id, { passwordHash: 'hash-3', disabled: true }, 'admin');
      expect(updated).toMatchObject({ passwordHash: 'hash-3', disabled: true, displayName: 'Bo Data' });
      expect(await store.getUser(created.id)).toEqual(updated);
      await expect(store.updateUser(4242, { disabled: true }, 'admin')).rejects.toBeInstanceOf(UserNotFoundError);

      const log = await store.auditLog({ objectType: 'user' });
      expect(log.map((e) => e.action)).toEqual(['user.create', 'user.create', 'user.update']);
      expect(JSON.stringify(log)).not.toContain('hash-');
      expect(log[2]?.details).toEqual({
        username: 'bo',
        before: { disabled: false, password: 'changed' },
        after: { disabled: true, password: 'changed' },
      });
    });

    it('keeps sessions until they expire', async () => {
      // The clock reads 09:00:00 at user creation, then advances one second per reading.
      const u = await store.createUser({ username: 'c', displayName: 'C', passwordHash: 'h', role: 'reader', departments: [] }, 'admin');
      const live = { id: 'token-live', userId: u.id, createdAt: '2025-03-01T08:00:00.000Z', expiresAt: '2025-03-01T12:00:00.000Z', csrfToken: 'csrf-1' };
      const old = { ...live, id: 'token-old', expiresAt: '2025-03-01T08:30:00.000Z' };
      await store.createSession(live);
      await store.createSession(old);
      expect(await store.findSession('token-live')).toEqual(live);
      expect(await store.findSession('token-old')).toBeUndefined();
      expect(await store.findSession('token-none')).toBeUndefined();
      expect(await store.deleteExpiredSessions()).toBe(1);
      await store.deleteSession('token-live');
      expect(await store.findSession('token-live')).toBeUndefined();
    });

    it('caches StatBank responses, replacing an entry for the same request', async () => {
      const entry = { tableId: 'FOLK1A', requestHash: sha('q'), updated: '2025-02-11T08:00:00', fetchedAt: '2025-03-01T09:00:00.000Z', body: '{"a":1}' };
      await store.putStatbankCache(entry);
      expect(await store.getStatbankCache('FOLK1A', sha('q'))).toEqual(entry);
      await store.putStatbankCache({ ...entry, body: '{"a":2}' });
      expect((await store.getStatbankCache('FOLK1A', sha('q')))?.body).toBe('{"a":2}');
      expect(await store.getStatbankCache('FOLK1A', sha('other'))).toBeUndefined();
    });
  });

  it('keeps everything across close and reopen, and migrating again changes nothing', async () => {
    await store.saveDelivery(delivery());
    const before = await store.fingerprint();
    await store.close();
    store = await openStore({ ...testDb.options, now: tickingClock() });
    expect(await store.fingerprint()).toBe(before);
    expect(await store.stats()).toEqual({ deliveries: 1, cells: 3, audit: 1 });
  });
});

if (!postgresWanted) {
  describe.skip('store on postgres (set TEST_DATABASE_URL, e.g. from scripts/start-postgres.sh)', () => {
    it('runs the same suite', () => {});
  });
}
