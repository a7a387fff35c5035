/**
 * The one base of every error a person can cause and must be told about in words they can act on:
 * a bad file, a period that is not a period, a refused action, an unreachable StatBank. It carries
 * the message in Danish and in English, the exit code a command ends with and the HTTP status a
 * web request answers with, so that each entry point (the CLI's `main`, the web app's `onError`)
 * maps it once, without a stack trace. Anything that is not a `UserError` reaching an entry point
 * is a bug and is reported as an internal error.
 *
 * Imports only the language vocabulary (pure), so every layer, pure ones included, can throw it.
 */

import type { Lang } from '../language/index.ts';

export interface UserErrorOptions {
  /** The process exit code for a command that ends with this error; default 2 (a user mistake). */
  readonly exitCode?: number;
  /** The HTTP status for a request that ends with this error; default 400. */
  readonly httpStatus?: number;
  /** The full text for a terminal when it is more than "Danish / English" (a located file error, a list). */
  readonly message?: string;
  readonly cause?: unknown;
}

export class UserError extends Error {
  override name = 'UserError';
  readonly messageDa: string;
  readonly messageEn: string;
  readonly exitCode: number;
  readonly httpStatus: number;

  constructor(messageDa: string, messageEn: string, options: UserErrorOptions = {}) {
    super(options.message ?? `${messageDa} / ${messageEn}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.messageDa = messageDa;
    this.messageEn = messageEn;
    this.exitCode = options.exitCode ?? 2;
    this.httpStatus = options.httpStatus ?? 400;
  }

  /** The message in one language (a web page shows one). */
  text(lang: Lang): string {
    return lang === 'da' ? this.messageDa : this.messageEn;
  }
}

/** True for every error a person caused (and false for a bug). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
