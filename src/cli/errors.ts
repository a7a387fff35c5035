/**
 * The one place that turns an error into text for a person at a terminal. Every mistake a person
 * can make is a `UserError` with its own Danish and English wording (file, row and column for a bad
 * file) and exit code; it is printed as written, without a stack trace. Anything else is a bug and
 * says so, with the stack a developer needs.
 */
import { isUserError } from '../errors/user-error.ts';

export function reportError(error: unknown): number {
  if (isUserError(error)) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Intern fejl / internal error: ${message}\n`);
  return 1;
}
