/**
 * A request that cannot be carried out as asked (unknown indicator, malformed period, a command
 * option out of range): a user error with a Danish and an English message, reported without a
 * stack trace.
 */
import { UserError } from '../errors/user-error.ts';

export class UsageProblem extends UserError {
  override readonly name = 'UsageError';
}

export function usageProblem(da: string, en: string): UsageProblem {
  return new UsageProblem(da, en);
}
