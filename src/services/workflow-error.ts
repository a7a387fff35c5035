/**
 * The one error a refused workflow or user-administration action throws: what kind of refusal it
 * is (so the web layer can pick 403, 404, 400 or 409) and why, in Danish and English.
 */

import { UserError } from '../errors/user-error.ts';

/**
 * `forbidden`: not this user's to do; `not_found`: no such thing; `invalid`: bad input; `conflict`:
 * wrong state; `busy`: not now — the service is at capacity, try again later.
 */
export type WorkflowErrorKind = 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'busy';

const STATUS: Readonly<Record<WorkflowErrorKind, number>> = { forbidden: 403, not_found: 404, invalid: 400, conflict: 409, busy: 503 };

export class WorkflowError extends UserError {
  override readonly name = 'WorkflowError';
  constructor(
    readonly kind: WorkflowErrorKind,
    messageDa: string,
    messageEn: string,
    /** For `busy`: when to try again (HTTP `Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(messageDa, messageEn, { httpStatus: STATUS[kind] });
  }
}

/** Shorthand for `new WorkflowError(kind, da, en)`. */
export function refuse(kind: WorkflowErrorKind, da: string, en: string): WorkflowError {
  return new WorkflowError(kind, da, en);
}
