/**
 * The cache in the store (`statbank_cache`), with the RECORDED STRAF42 answers: metadata is asked
 * for every time, data only when the table's `updated` stamp has moved; without network (or with
 * `offline`) cached answers stand in with a warning, and with nothing cached the error says so. A
 * mistake in the request (4xx) is never hidden behind the cache.
 */
import { describe, expect, it } from 'vitest';
import {
  createCachedStatbank,
  createStatbankClient,
  type DataRequest,
  dataParams,
  requestHash,
  StatbankHttpError,
  StatbankOfflineError,
} from '../../src/statbank-client/index.ts';
import type { Store } from '../../src/store/index.ts';
import { type Answer, type Exchange, type FixtureServer, startFixtureServer, statbankError } from './fixture-server.ts';
import { clientFor, serve, sqliteStore, tickingClock } from './helpers.ts';
import { recordedResponder, recording } from './recorded.ts';

const REQUEST: DataRequest = {
  table: 'STRAF42',
  lang: 'en',
  format: 'CSV',
  valuePresentation: 'Default',
  variables: [
    { code: 'HERKOMST1', values: ['00'] },
    { code: 'TID', values: ['2023'] },
  ],
};

/** The recorded tableinfo with another `updated` stamp. */
function tableInfoUpdated(updated: string) {
  const original = recording('table_info_straf42_da_0').answer;
  return (e: Exchange): Answer | undefined =>
    e.endpoint === 'tableinfo' ? { ...original, body: JSON.stringify({ ...JSON.parse(original.body), updated }) } : undefined;
}

function statbankOn(server: { url: string }, store: Store, offline = false) {
  return createCachedStatbank({ client: clientFor(server), cache: store, now: tickingClock(), offline });
}

async function fetchBoth(server: FixtureServer | { url: string }, store: Store, offline = false) {
  const statbank = statbankOn(server, store, offline);
  const info = await statbank.tableInfo('STRAF42');
  const data = await statbank.data(REQUEST, info.value);
  return { info, data };
}

describe('the StatBank cache', () => {
  it('fetches data once and answers from the cache while the table is not updated', async () => {
    const server = await serve(recordedResponder());
    const store = await sqliteStore();
    const first = await fetchBoth(server, store);
    expect(first.info.provenance).toEqual({ kind: 'network' });
    expect(first.data.provenance).toEqual({ kind: 'network' });
    expect(first.data.value.rows).toEqual([{ keys: { HERKOMST1: 'Total', TID: '2023' }, value: 233454 }]);

    const second = await fetchBoth(server, store);
    expect(second.info.provenance).toEqual({ kind: 'network' });
    expect(second.data.provenance).toEqual({ kind: 'cache' });
    expect(second.data.value).toEqual(first.data.value);
    expect(server.count('tableinfo')).toBe(2);
    expect(server.count('data')).toBe(1);

    const entry = await store.getStatbankCache('STRAF42', requestHash('data', dataParams(REQUEST, 'da')));
    expect(entry).toMatchObject({ tableId: 'STRAF42', updated: '2025-03-25T08:00:00', fetchedAt: first.data.fetchedAt });
    // fetch's text() drops the byte-order mark; the parser accepts the answer with and without it.
    expect(entry?.body).toBe(recording('data_straf42_csv_0').answer.body.replace(/^\uFEFF/, ''));
  });

  it('fetches the data again when tableinfo says the table was updated', async () => {
    const store = await sqliteStore();
    await fetchBoth(await serve(recordedResponder()), store);
    const server = await serve(tableInfoUpdated('2025-09-01T08:00:00'), recordedResponder());
    const again = await fetchBoth(server, store);
    expect(again.data.provenance).toEqual({ kind: 'network' });
    expect(again.data.updated).toBe('2025-09-01T08:00:00');
    expect(server.count('data')).toBe(1);
    const third = await fetchBoth(server, store);
    expect(third.data.provenance).toEqual({ kind: 'cache' });
    expect(server.count('data')).toBe(1);
  });

  it('does not fetch again for an older stamp', async () => {
    const store = await sqliteStore();
    await fetchBoth(await serve(recordedResponder()), store);
    const server = await serve(tableInfoUpdated('2024-01-01T08:00:00'), recordedResponder());
    expect((await fetchBoth(server, store)).data.provenance).toEqual({ kind: 'cache' });
    expect(server.count('data')).toBe(0);
  });

  it('works offline from the cache with a warning when StatBank cannot be reached', async () => {
    const store = await sqliteStore();
    const first = await fetchBoth(await serve(recordedResponder()), store);
    const gone = await startFixtureServer([]);
    await gone.close();
    const offline = await fetchBoth(gone, store);
    expect(offline.info.provenance.kind).toBe('stale');
    expect(offline.info.provenance).toMatchObject({ reason: expect.stringContaining('cannot reach StatBank') });
    expect(offline.info.value.updated).toBe('2025-03-25T08:00:00');
    expect(offline.data.value).toEqual(first.data.value);
  });

  it('serves stale data with a warning when the table was updated but its data cannot be fetched', async () => {
    const store = await sqliteStore();
    await fetchBoth(await serve(recordedResponder()), store);
    const server = await serve(tableInfoUpdated('2025-09-01T08:00:00'), (e) => (e.endpoint === 'data' ? statbankError(503, 'SERVER', 'down') : undefined));
    const result = await fetchBoth(server, store);
    expect(result.data.provenance).toMatchObject({ kind: 'stale', reason: expect.stringContaining('503') });
    expect(result.data.updated).toBe('2025-03-25T08:00:00');
  });

  it('answers a timeout from the cache too', async () => {
    const store = await sqliteStore();
    await fetchBoth(await serve(recordedResponder()), store);
    const server = await serve(() => 'hang');
    const statbank = createCachedStatbank({
      client: createStatbankClient({ baseUrl: server.url, timeoutMs: 200 }),
      cache: store,
      now: tickingClock(),
    });
    const info = await statbank.tableInfo('STRAF42');
    expect(info.provenance).toMatchObject({ kind: 'stale', reason: expect.stringContaining('200 ms') });
  });

  it('with --offline never touches the network, and says so when nothing is cached', async () => {
    const server = await serve(recordedResponder());
    const empty = await sqliteStore();
    const error = await fetchBoth(server, empty, true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankOfflineError);
    expect(error).toMatchObject({ kind: 'offline', table: 'STRAF42' });
    expect(server.exchanges).toHaveLength(0);

    const store = await sqliteStore();
    await fetchBoth(server, store);
    const before = server.exchanges.length;
    const offline = await fetchBoth(server, store, true);
    expect(offline.info.provenance).toMatchObject({ kind: 'stale', reason: expect.stringContaining('offline') });
    expect(offline.data.value.rows[0]?.value).toBe(233454);
    expect(server.exchanges.length).toBe(before);
  });

  it('fails clearly when StatBank cannot be reached and nothing is cached', async () => {
    const gone = await startFixtureServer([]);
    await gone.close();
    const error = await fetchBoth(gone, await sqliteStore()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankOfflineError);
    expect((error as Error).message).toContain('nothing is cached');
  });

  it('does not hide an error in the request behind the cache', async () => {
    const store = await sqliteStore();
    await fetchBoth(await serve(recordedResponder()), store);
    const server = await serve(tableInfoUpdated('2025-09-01T08:00:00'), (e) =>
      e.endpoint === 'data' ? statbankError(400, 'EXTRACT-NOTFOUND', "Can't find value: 99 (HERKOMST1)") : undefined,
    );
    await expect(fetchBoth(server, store)).rejects.toBeInstanceOf(StatbankHttpError);
  });

  it('keys the cache on the canonical request: the same question in another key order is the same entry', () => {
    const a = requestHash('data', { table: 'FOLK1E', format: 'csv', variables: [{ code: 'Tid', values: ['2025K3'] }] });
    const b = requestHash('data', { variables: [{ values: ['2025K3'], code: 'Tid' }], format: 'csv', table: 'FOLK1E' });
    const c = requestHash('data', { table: 'FOLK1E', format: 'csv', variables: [{ code: 'Tid', values: ['2025K2'] }] });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
