/**
 * The store's named errors: the ones a user can cause and should see explained. Database driver
 * errors are wrapped with context where we know what went wrong, and kept as `cause`.
 */
import { statfsSync } from 'node:fs';
import { UserError } from '../errors/user-error.ts';

/** A delivery id that does not exist. */
export class DeliveryNotFoundError extends Error {
  constructor(readonly deliveryId: number) {
    super(`delivery ${deliveryId} does not exist`);
    this.name = 'DeliveryNotFoundError';
  }
}

/** A user id that does not exist. */
export class UserNotFoundError extends Error {
  constructor(readonly userId: number) {
    super(`user ${userId} does not exist`);
    this.name = 'UserNotFoundError';
  }
}

/** A delivery with two cells for the same group and breakdown; nothing was stored. */
export class DuplicateCellError extends Error {
  constructor(
    readonly indicator: string,
    readonly period: string,
    options?: { cause?: unknown },
  ) {
    super(`delivery ${indicator} ${period} has two cells with the same group and breakdown; nothing was stored`, options);
    this.name = 'DuplicateCellError';
  }
}

/** A username that is already taken. */
export class UsernameTakenError extends Error {
  constructor(
    readonly username: string,
    options?: { cause?: unknown },
  ) {
    super(`username ${username} is already taken`, options);
    this.name = 'UsernameTakenError';
  }
}

/** A round id that does not exist. */
export class RoundNotFoundError extends Error {
  constructor(readonly roundId: number) {
    super(`round ${roundId} does not exist`);
    this.name = 'RoundNotFoundError';
  }
}

/** A round name that is already used. */
export class RoundNameTakenError extends Error {
  constructor(
    readonly roundName: string,
    options?: { cause?: unknown },
  ) {
    super(`a round named ${roundName} already exists`, options);
    this.name = 'RoundNameTakenError';
  }
}

/** True for a unique or primary-key violation from either SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The database could not write because the disk (or the database's quota) is full. The transaction
 * was rolled back, so nothing half-written is left; the message says what to do, in both languages.
 * A `UserError`: exit code 2 on the command line, 507 Insufficient Storage on the web.
 */
export class StoreFullError extends UserError {
  override name = 'StoreFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'disken er fuld: databasen kunne ikke skrive, og intet blev gemt. Frigør plads og prøv igen.',
      'the disk is full: the database could not write, and nothing was stored. Free some space and try again.',
      { httpStatus: 507, ...(options?.cause === undefined ? {} : { cause: options.cause }) },
    );
  }
}

/**
 * True for "disk full" from SQLite (SQLITE_FULL), PostgreSQL (53100) or the operating system
 * (ENOSPC, EDQUOT). SQLite reports a full disk under some of its I/O errors too (growing the WAL's
 * shared memory file gives "disk I/O error"): those count when `noSpaceLeft` says the disk is full.
 */
export function isDiskFull(error: unknown, noSpaceLeft: () => boolean = () => false): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC' || code === 'EDQUOT') return true;
  if (error instanceof Error && /database or disk is full|no space left on device/i.test(error.message)) return true;
  return code.startsWith('SQLITE_IOERR') && noSpaceLeft();
}

/** True when the file system holding `dir` has (almost) no space left for this user. */
export function noSpaceLeftIn(dir: string): boolean {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/**
 * `store` with every method's "disk full" failure turned into a `StoreFullError` (one place for both
 * databases, instead of a generic internal error or SQLite's "cannot rollback").
 */
export function withDiskFullErrors<T extends object>(store: T, noSpaceLeft?: () => boolean): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(store, args);
      } catch (error) {
        throw isDiskFull(error, noSpaceLeft) ? new StoreFullError({ cause: error }) : error;
      }
    };
  }
  return wrapped as T;
}
