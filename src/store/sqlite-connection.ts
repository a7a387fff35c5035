/**
 * Opens the embedded SQLite database with the settings that make "a crash loses nothing that was
 * committed" true: WAL journal, synchronous=FULL, foreign keys on, a busy timeout for the CLI and the
 * web server sharing the file, and write transactions that start with BEGIN IMMEDIATE (so that two
 * processes never deadlock upgrading a read lock to a write lock). Migrations run in such a
 * transaction too (SQLite has transactional DDL, which Kysely's adapter does not claim), so two
 * processes opening a fresh file at once cannot both apply the same migration.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type DialectAdapter, type Driver, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver } from 'kysely';
import type { Database } from './database.ts';

/** File name of the store inside the data directory. */
export const SQLITE_FILE_NAME = 'indikator.sqlite';

/** How long a writer waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: SqliteDatabase.Database;
  constructor(database: SqliteDatabase.Database) {
    super({ database });
    this.#database = database;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  /**
   * SQLite rolls a transaction back by itself after some errors (the disk is full, out of memory);
   * a second ROLLBACK then fails with "cannot rollback - no transaction is active" and that error,
   * not the real one, would reach the user.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#database.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase.Database;
  constructor(database: SqliteDatabase.Database) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#database);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Opens (creating if needed) `<dataDir>/indikator.sqlite` and returns a Kysely over it. The folder
 * is created 0700 and the database 0600 (SQLite gives its -wal and -shm files the database's mode):
 * the store holds password hashes and the audit log, which no other local account should read.
 */
export function openSqlite(dataDir: string): { db: Kysely<Database>; file: string } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE_NAME);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(part)) chmodSync(part, 0o600);
    } catch {
      // Another account's file (a shared installation): its owner decides its mode.
    }
  }
  const database = new SqliteDatabase(file, { timeout: BUSY_TIMEOUT_MS });
  whileBusy(() => database.pragma('journal_mode = WAL'));
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect(database) }), file };
}

/**
 * Runs `step`, retrying for up to the busy timeout while another process holds the lock. SQLite
 * answers `PRAGMA journal_mode` with SQLITE_BUSY at once, without its busy handler, when another
 * process is writing or creating the same file; every other statement waits by `busy_timeout`.
 */
function whileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return step();
    } catch (error) {
      const busy = error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
      if (!busy || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 25);
    }
  }
}
