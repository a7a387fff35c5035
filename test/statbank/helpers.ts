/**
 * Shared set-up for the StatBank tests: a fixture server per test (closed afterwards), a client
 * pointed at it, a fresh SQLite store in a temp dir, a ticking clock, and row pickers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createStatbankClient, type StatbankClient } from '../../src/statbank-client/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { ContextRow } from '../../src/cells/index.ts';
import { type FixtureServer, type Responder, startFixtureServer } from './fixture-server.ts';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fixture server that is closed after the test. */
export async function serve(...responders: Responder[]): Promise<FixtureServer> {
  const server = await startFixtureServer(responders);
  cleanups.push(() => server.close());
  return server;
}

/** A client for `server` (Danish texts unless told otherwise). */
export function clientFor(server: { url: string }, timeoutMs = 5_000): StatbankClient {
  return createStatbankClient({ baseUrl: server.url, timeoutMs });
}

/** A clock that starts at 2025-09-01 10:00 UTC and advances one minute per reading. */
export function tickingClock(start = '2025-09-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

/** A fresh SQLite store, closed and removed after the test. */
export async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'indikator-statbank-'));
  const store = await openStore({ dataDir: join(dir, 'data') });
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return store;
}

/** The one row matching `where`; fails the test when there is not exactly one. */
export function row(rows: readonly ContextRow[], where: Partial<ContextRow>): ContextRow {
  const found = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k as keyof ContextRow] === v));
  if (found.length !== 1) throw new Error(`expected one row for ${JSON.stringify(where)}, found ${found.length}`);
  return found[0] as ContextRow;
}
