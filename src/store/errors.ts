/**
 * The store's named errors: the ones a user can cause and should see explained. Database driver
 * errors are wrapped with context where we know what went wrong, and kept as `cause`.
 */

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
  constructor(readonly username: string, options?: { cause?: unknown }) {
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
  constructor(readonly roundName: string, options?: { cause?: unknown }) {
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
