/**
 * Delivery rounds in the store, on SQLite and (when TEST_DATABASE_URL is set, and always under CI)
 * PostgreSQL: opened and closed with audit entries, unique names, and a database that refuses to
 * change a round's period, deadline or opener, or to delete it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RoundNameTakenError, RoundNotFoundError, type Store } from '../../src/store/index.ts';
import { backends, type TestDatabase } from '../store/backends.ts';
import { openStore } from '../../src/store/index.ts';

for (const backend of backends) {
  describe(`rounds on ${backend.name}`, () => {
    let database: TestDatabase | undefined;
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      await database?.cleanup();
    });

    it('opens, lists, closes and audits rounds; the database refuses other changes', async () => {
      database = await backend.create();
      store = await openStore({ ...database.options, now: () => new Date('2026-02-10T09:00:00Z') });
      const first = await store.openRound(
        { name: 'Runde 2025', deadline: '2026-03-01', periods: { calendar_year: '2025', school_year: '2024/2025' } },
        'koordinator',
      );
      const second = await store.openRound({ name: 'Valg 2025', deadline: '2026-01-15', periods: { election: 'KV2025' } }, 'koordinator');
      expect(first).toEqual({
        id: first.id,
        name: 'Runde 2025',
        deadline: '2026-03-01',
        periods: { calendar_year: '2025', school_year: '2024/2025' },
        openedBy: 'koordinator',
        openedAt: '2026-02-10T09:00:00.000Z',
        closedAt: null,
        closedBy: null,
      });
      await expect(store.openRound({ name: 'Runde 2025', deadline: '2026-03-01', periods: {} }, 'x')).rejects.toBeInstanceOf(RoundNameTakenError);
      expect((await store.listRounds()).map((r) => r.name)).toEqual(['Valg 2025', 'Runde 2025']);

      const closed = await store.closeRound(first.id, 'koordinator');
      expect(closed).toMatchObject({ closedAt: '2026-02-10T09:00:00.000Z', closedBy: 'koordinator' });
      expect(await store.closeRound(first.id, 'someone')).toEqual(closed);
      await expect(store.closeRound(9999, 'x')).rejects.toBeInstanceOf(RoundNotFoundError);
      expect((await store.getRound(second.id))?.closedAt).toBeNull();
      expect((await store.auditLog({ objectType: 'round' })).map((e) => `${e.action} ${e.objectId}`)).toEqual([
        `round.open ${first.id}`,
        `round.open ${second.id}`,
        `round.close ${first.id}`,
      ]);

      await expect(database.exec(`update rounds set deadline = '2099-01-01' where id = ${first.id}`)).rejects.toThrow(/append-only/);
      await expect(database.exec(`delete from rounds where id = ${second.id}`)).rejects.toThrow(/append-only/);
      expect((await store.getRound(first.id))?.deadline).toBe('2026-03-01');
    });
  });
}
