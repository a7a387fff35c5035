/**
 * The databases the store suite runs against. SQLite always (a temp dir per test); PostgreSQL when
 * TEST_DATABASE_URL is set (a fresh database per test, dropped afterwards). With CI set and no
 * TEST_DATABASE_URL the PostgreSQL backend is still listed and fails loudly, so CI cannot lose it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { SQLITE_FILE_NAME, type StoreOptions } from '../../src/store/index.ts';

/** A fresh, empty place to open a store in, plus raw SQL access that bypasses the Store API. */
export interface TestDatabase {
  options: StoreOptions;
  /** Runs SQL on a separate connection (to prove the database itself refuses things). */
  exec(statement: string): Promise<unknown[]>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const pgAdminUrl = process.env.TEST_DATABASE_URL;

async function createSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'indikator-store-'));
  const dataDir = join(dir, 'data');
  return {
    options: { dataDir },
    exec: async (statement) => {
      const db = new SqliteDatabase(join(dataDir, SQLITE_FILE_NAME));
      try {
        const stmt = db.prepare(statement);
        if (stmt.reader) return stmt.all();
        stmt.run();
        return [];
      } finally {
        db.close();
      }
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `indikator_test_<random>` through the admin URL and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (pgAdminUrl === undefined || pgAdminUrl === '') {
    throw new Error('CI is set but TEST_DATABASE_URL is not: the PostgreSQL store suite must run in CI');
  }
  const name = `indikator_test_${randomBytes(6).toString('hex')}`;
  await withClient(pgAdminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(pgAdminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const { url, drop } = await createPostgresDatabase();
  return {
    options: { dataDir: '/nonexistent-unused', databaseUrl: url },
    exec: (statement) => withClient(url, async (c) => (await c.query(statement)).rows),
    cleanup: drop,
  };
}

/** True when the PostgreSQL suite should be listed (and run or fail). */
export const postgresWanted = (pgAdminUrl !== undefined && pgAdminUrl !== '') || Boolean(process.env.CI);

export const backends: Backend[] = [
  { name: 'sqlite', create: createSqlite },
  ...(postgresWanted ? [{ name: 'postgres' as const, create: createPostgres }] : []),
];
