/**
 * Opens the embedded SQLite database with the settings that make "a crash loses nothing that was
 * committed" true: WAL journal, synchronous=FULL, foreign keys on, a busy timeout for the CLI and the
 * web server sharing the file, and write transactions that start with BEGIN IMMEDIATE (so that two
 * processes never deadlock upgrading a read lock to a write lock). Migrations run in such a
 * transaction too (SQLite has transactional DDL, which Kysely's adapter does not claim), so two
 * processes opening a fresh file at once cannot both apply the same migration.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import type { Database } from './database.ts';

/** File name of the store inside the data directory. */
export const SQLITE_FILE_NAME = 'indikator.sqlite';

/** How long a writer waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
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
    return new ImmediateSqliteDriver({ database: this.#database });
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Opens (creating if needed) `<dataDir>/indikator.sqlite` and returns a Kysely over it. */
export function openSqlite(dataDir: string): { db: Kysely<Database>; file: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE_NAME);
  const database = new SqliteDatabase(file, { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect(database) }), file };
}
