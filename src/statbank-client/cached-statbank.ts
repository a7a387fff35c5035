/**
 * StatBank through the store's response cache. Metadata (`tableinfo`) is asked for on every fetch —
 * it is small and carries the table's `updated` stamp; data is fetched again only when that stamp
 * is newer than the cached answer's. When StatBank cannot be reached (no network, a timeout, a
 * 5xx), or when working offline on purpose, cached answers stand in with a warning; with nothing
 * cached the caller gets a `StatbankOfflineError`. Errors in the request itself (4xx) and
 * malformed answers are never hidden behind the cache.
 */
import { parseData, parseTableInfo, type StatbankClient } from './client.ts';
import { StatbankError, StatbankOfflineError } from './errors.ts';
import { requestHash } from './request-hash.ts';
import { dataParams, tableInfoParams } from './request-params.ts';
import type { StatbankCacheEntry } from '../store/index.ts';
import type { DataRequest, StatbankData, StatbankParams, TableInfo } from './types.ts';

/** One cached answer, as the store keeps it (`Store.getStatbankCache` / `putStatbankCache`). */
export type { StatbankCacheEntry };

/** The part of the store the cache needs. */
export interface StatbankCacheStore {
  getStatbankCache(tableId: string, requestHash: string): Promise<StatbankCacheEntry | undefined>;
  putStatbankCache(entry: StatbankCacheEntry): Promise<void>;
}

/** Where an answer came from: StatBank now, the cache because it is current, or the cache as a stand-in. */
export type Provenance = { kind: 'network' } | { kind: 'cache' } | { kind: 'stale'; reason: string };

export interface Fetched<T> {
  value: T;
  provenance: Provenance;
  /** The table's `updated` stamp the answer belongs to. */
  updated: string;
  fetchedAt: string;
}

export interface CachedStatbankOptions {
  client: StatbankClient;
  cache: StatbankCacheStore;
  /** Clock for `fetchedAt`. */
  now: () => Date;
  /** Never touch the network: answer from the cache or fail. */
  offline?: boolean;
}

export interface CachedStatbank {
  tableInfo(tableId: string): Promise<Fetched<TableInfo>>;
  /** The data of `request` for a table whose metadata (with its `updated` stamp) is `info`. */
  data(request: DataRequest, info: TableInfo): Promise<Fetched<StatbankData>>;
}

/** True when `a` is a later stamp than `b` (ISO texts; compared as instants when both parse). */
export function isNewer(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb;
  return a > b;
}

/** The cache key of the `tableinfo` request for a table in a language. */
export function tableInfoCacheKey(tableId: string, lang: StatbankClient['lang']): { tableId: string; requestHash: string } {
  return { tableId, requestHash: requestHash('tableinfo', tableInfoParams(tableId, lang)) };
}

const OFFLINE_REASON = 'arbejder offline / working offline';

function standIn(error: unknown, offline: boolean): string | undefined {
  if (offline) return OFFLINE_REASON;
  return error instanceof StatbankError && error.unavailable ? error.message : undefined;
}

/**
 * The cached view of `client`.
 * @example const statbank = createCachedStatbank({ client, cache: store, now: () => new Date() });
 *   const info = await statbank.tableInfo('FOLK1E'); const data = await statbank.data(request, info.value);
 */
export function createCachedStatbank(options: CachedStatbankOptions): CachedStatbank {
  const { client, cache } = options;
  const offline = options.offline ?? false;

  async function fromCache<T>(tableId: string, hash: string, error: unknown, parse: (body: string) => T): Promise<Fetched<T>> {
    const reason = standIn(error, offline);
    if (reason === undefined) throw error;
    const entry = await cache.getStatbankCache(tableId, hash);
    if (entry === undefined) throw new StatbankOfflineError(tableId, reason);
    return { value: parse(entry.body), provenance: { kind: 'stale', reason }, updated: entry.updated, fetchedAt: entry.fetchedAt };
  }

  /** Asks StatBank; the entry to cache, with `updated` read from (or given for) the answer. */
  async function fromNetwork(
    tableId: string,
    hash: string,
    endpoint: 'tableinfo' | 'data',
    params: StatbankParams,
    updated: (body: string) => string,
  ): Promise<StatbankCacheEntry> {
    if (offline) throw new StatbankOfflineError(tableId, OFFLINE_REASON);
    const body = await client.raw(endpoint, params);
    return { tableId, requestHash: hash, updated: updated(body), fetchedAt: options.now().toISOString(), body };
  }

  return {
    async tableInfo(tableId) {
      const { requestHash: hash } = tableInfoCacheKey(tableId, client.lang);
      try {
        const entry = await fromNetwork(tableId, hash, 'tableinfo', tableInfoParams(tableId, client.lang), (body) => parseTableInfo(body).updated);
        await cache.putStatbankCache(entry);
        return { value: parseTableInfo(entry.body), provenance: { kind: 'network' }, updated: entry.updated, fetchedAt: entry.fetchedAt };
      } catch (error) {
        return fromCache(tableId, hash, error, parseTableInfo);
      }
    },

    async data(request, info) {
      const params = dataParams(request, client.lang);
      const hash = requestHash('data', params);
      const parse = (body: string) => parseData(request.format, body, request.table);
      const cached = await cache.getStatbankCache(request.table, hash);
      if (cached !== undefined && !isNewer(info.updated, cached.updated)) {
        return { value: parse(cached.body), provenance: { kind: 'cache' }, updated: cached.updated, fetchedAt: cached.fetchedAt };
      }
      try {
        const entry = await fromNetwork(request.table, hash, 'data', params, () => info.updated);
        const value = parse(entry.body);
        await cache.putStatbankCache(entry);
        return { value, provenance: { kind: 'network' }, updated: entry.updated, fetchedAt: entry.fetchedAt };
      } catch (error) {
        return fromCache(request.table, hash, error, parse);
      }
    },
  };
}
