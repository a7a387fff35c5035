/**
 * Several input problems reported together, for validation that must report every problem at once
 * (an aggregated delivery is imported all or nothing, and the analyst wants the whole list).
 */
import { UserError } from '../errors/user-error.ts';
import { InputError, locatedMessage } from './input-error.ts';

/** A list of input problems; `omitted` counts problems beyond the collector's limit. */
export class InputErrors extends UserError {
  override readonly name = 'InputErrors';
  readonly errors: readonly InputError[];
  readonly omitted: number;

  constructor(errors: readonly InputError[], omitted = 0) {
    const total = errors.length + omitted;
    super(`${total} fejl i inddata`, `${total} input ${total === 1 ? 'error' : 'errors'}`, { message: summary(errors, omitted), httpStatus: 422 });
    this.errors = errors;
    this.omitted = omitted;
  }

  /** Every problem, including the omitted ones. */
  get total(): number {
    return this.errors.length + this.omitted;
  }
}

/** True for the two error types this module throws about input files. */
export function isInputProblem(error: unknown): error is InputError | InputErrors {
  return error instanceof InputError || error instanceof InputErrors;
}

function summary(errors: readonly InputError[], omitted: number): string {
  const total = errors.length + omitted;
  const lines = [`${total} fejl i inddata / ${total} input ${total === 1 ? 'error' : 'errors'}`];
  for (const e of errors) lines.push(`- ${locatedMessage(e, 'da')} / ${e.messageEn}`);
  if (omitted > 0) lines.push(`… og ${omitted} fejl mere / … and ${omitted} more`);
  return lines.join('\n');
}
