/**
 * The named errors of the StatBank client, each with a `kind` and the context a person needs to act:
 * the API's own answer (HTTP), a request that took too long (timeout), no connection (network), an
 * answer that is not what the API documents (response), a table that no longer looks the way the
 * origin mapping expects (schema), and nothing cached to fall back on (offline).
 */
import { UserError, type UserErrorOptions } from '../errors/user-error.ts';
import type { StatbankEndpoint } from './types.ts';

export type StatbankErrorKind = 'http' | 'timeout' | 'network' | 'response' | 'schema' | 'offline';

/**
 * Base class: every error of this module; `unavailable` is true when a cached answer may stand in.
 * A command that ends with one exits 1 (not 2: the command was right, the service or the network
 * failed), and a web request answers 502 (the upstream service's fault).
 */
export abstract class StatbankError extends UserError {
  abstract readonly kind: StatbankErrorKind;

  constructor(messageDa: string, messageEn: string, options: UserErrorOptions = {}) {
    super(messageDa, messageEn, { exitCode: 1, httpStatus: 502, ...options });
  }

  /** True for failures of the connection or the service (not of the request): the cache may help. */
  get unavailable(): boolean {
    return false;
  }
}

/** StatBank answered with an HTTP error; `apiMessage` is its own explanation when it gave one. */
export class StatbankHttpError extends StatbankError {
  readonly kind = 'http';
  constructor(
    readonly endpoint: StatbankEndpoint,
    readonly status: number,
    readonly apiMessage: string,
    readonly errorTypeCode: string | null,
  ) {
    super(
      `Statistikbanken svarede ${status} på ${endpoint}${errorTypeCode ? ` (${errorTypeCode})` : ''}: ${apiMessage}`,
      `StatBank answered ${status} to ${endpoint}: ${apiMessage}`,
    );
    this.name = 'StatbankHttpError';
  }

  override get unavailable(): boolean {
    return this.status >= 500;
  }
}

/** No complete answer within the client's time limit (the request was aborted). */
export class StatbankTimeoutError extends StatbankError {
  readonly kind = 'timeout';
  constructor(
    readonly endpoint: StatbankEndpoint,
    readonly timeoutMs: number,
  ) {
    super(`Statistikbanken svarede ikke inden for ${timeoutMs} ms (${endpoint})`, `StatBank did not answer within ${timeoutMs} ms`);
    this.name = 'StatbankTimeoutError';
  }

  override get unavailable(): boolean {
    return true;
  }
}

/** The request never reached StatBank (no network, DNS, refused connection). */
export class StatbankNetworkError extends StatbankError {
  readonly kind = 'network';
  constructor(
    readonly endpoint: StatbankEndpoint,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Ingen forbindelse til Statistikbanken (${url})`, `cannot reach StatBank (${url})`, options);
    this.name = 'StatbankNetworkError';
  }

  override get unavailable(): boolean {
    return true;
  }
}

/** A 200 answer whose body is not what the API documents (bad JSON, a CSV without INDHOLD, …). */
export class StatbankResponseError extends StatbankError {
  readonly kind = 'response';
  constructor(
    readonly endpoint: StatbankEndpoint,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Uventet svar fra Statistikbanken (${endpoint}): ${detail}`, `unexpected StatBank answer: ${detail}`, options);
    this.name = 'StatbankResponseError';
  }
}

/**
 * A table's variables or values are not what the origin mapping (`origin-codes.ts`) and the table
 * specs (`table-specs.ts`) expect: StatBank has changed the table, and the mapping must be reviewed
 * before its figures can be trusted.
 */
export class StatbankSchemaError extends StatbankError {
  readonly kind = 'schema';
  constructor(
    readonly table: string,
    readonly variable: string,
    readonly detail: string,
  ) {
    super(
      `Tabel ${table} i Statistikbanken har ændret sig: variablen ${variable} ${detail}. Gennemgå src/statbank-client/origin-codes.ts og table-specs.ts`,
      `table ${table} changed: variable ${variable} ${detail}`,
    );
    this.name = 'StatbankSchemaError';
  }
}

/** StatBank could not be reached and nothing is cached for the request. */
export class StatbankOfflineError extends StatbankError {
  readonly kind = 'offline';
  constructor(
    readonly table: string,
    readonly reason: string,
  ) {
    super(
      `Tabel ${table} kan ikke hentes (${reason}), og der er intet gemt fra tidligere hentninger`,
      `table ${table} cannot be fetched (${reason}) and nothing is cached`,
      { httpStatus: 503 },
    );
    this.name = 'StatbankOfflineError';
  }
}

/** True for any error of this module. */
export function isStatbankError(error: unknown): error is StatbankError {
  return error instanceof StatbankError;
}
