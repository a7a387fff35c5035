/**
 * Errors across the worker-thread boundary. A thread can only send plain data (structured clone
 * keeps an Error's message but not its class), so an error a person caused is sent as its fields
 * and rebuilt on the other side as the same `UserError` subclass: an `InputError` still names file,
 * row and column, an `InputErrors` keeps every problem, a refusal keeps its kind. Anything else was
 * a bug in the worker and comes back as a plain `Error` (an internal error, logged).
 */
import { UserError } from '../../errors/user-error.ts';
import { InputError, type InputErrorInit, InputErrors } from '../../ingest/index.ts';
import { WorkflowError, type WorkflowErrorKind } from '../workflow-error.ts';

export type WireError =
  | { type: 'input'; error: InputErrorInit }
  | { type: 'inputs'; errors: InputErrorInit[]; omitted: number }
  | { type: 'workflow'; kind: WorkflowErrorKind; messageDa: string; messageEn: string; retryAfterSeconds?: number }
  | { type: 'user'; messageDa: string; messageEn: string; message: string; exitCode: number; httpStatus: number }
  | { type: 'internal'; message: string };

function inputInit(e: InputError): InputErrorInit {
  return {
    code: e.code,
    file: e.file,
    messageDa: e.messageDa,
    messageEn: e.messageEn,
    ...(e.row === undefined ? {} : { row: e.row }),
    ...(e.column === undefined ? {} : { column: e.column }),
    ...(e.columnNumber === undefined ? {} : { columnNumber: e.columnNumber }),
  };
}

/** The error as plain data a worker can post. */
export function toWire(error: unknown): WireError {
  if (error instanceof InputError) return { type: 'input', error: inputInit(error) };
  if (error instanceof InputErrors) return { type: 'inputs', errors: error.errors.map(inputInit), omitted: error.omitted };
  if (error instanceof WorkflowError) {
    const { kind, messageDa, messageEn, retryAfterSeconds } = error;
    return { type: 'workflow', kind, messageDa, messageEn, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
  }
  if (error instanceof UserError) {
    const { messageDa, messageEn, message, exitCode, httpStatus } = error;
    return { type: 'user', messageDa, messageEn, message, exitCode, httpStatus };
  }
  return { type: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The error rebuilt from what `toWire` sent. */
export function fromWire(wire: WireError): Error {
  switch (wire.type) {
    case 'input':
      return new InputError(wire.error);
    case 'inputs':
      return new InputErrors(
        wire.errors.map((e) => new InputError(e)),
        wire.omitted,
      );
    case 'workflow':
      return new WorkflowError(wire.kind, wire.messageDa, wire.messageEn, wire.retryAfterSeconds);
    case 'user':
      return new UserError(wire.messageDa, wire.messageEn, { message: wire.message, exitCode: wire.exitCode, httpStatus: wire.httpStatus });
    case 'internal':
      return new Error(`the upload worker failed: ${wire.message}`);
  }
}
