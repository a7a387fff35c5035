/**
 * The StatBank client: POSTs a JSON body to one of the API's four functions and turns the answer
 * into typed values or typed errors. It knows nothing of the cache or the product's groups; those
 * live in `cached-statbank.ts` and `origin-codes.ts`. The `fetch` is injectable (tests pass their
 * own or point `baseUrl` at a local server), and every request is aborted after `timeoutMs`.
 */
import { StatbankHttpError, StatbankNetworkError, StatbankResponseError, StatbankTimeoutError } from './errors.ts';
import { parseStatbankCsv } from './parse-csv.ts';
import { parseJsonStat } from './parse-jsonstat.ts';
import type { Lang } from '../language/index.ts';
import { dataParams, subjectsParams, tableInfoParams, tablesParams } from './request-params.ts';
import { ErrorBodySchema, SubjectsSchema, TableInfoSchema, TablesSchema } from './schemas.ts';
import type { DataFormat, DataRequest, StatbankData, StatbankEndpoint, StatbankParams, Subject, TableInfo, TableSummary } from './types.ts';

export interface StatbankClientOptions {
  /** E.g. `https://api.statbank.dk/v1` (configurable as `STATBANK_URL`). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Whole request, body included; default 30 s. */
  timeoutMs?: number;
  /** Language of texts in answers; default Danish. */
  lang?: Lang;
}

export interface StatbankClient {
  readonly baseUrl: string;
  readonly lang: Lang;
  /** POSTs `params` to `endpoint` and returns the answer's text (what the cache stores). */
  raw(endpoint: StatbankEndpoint, params: StatbankParams): Promise<string>;
  subjects(options?: { subjects?: readonly string[]; lang?: Lang }): Promise<Subject[]>;
  tables(options?: { subjects?: readonly string[]; lang?: Lang }): Promise<TableSummary[]>;
  tableInfo(tableId: string, options?: { lang?: Lang }): Promise<TableInfo>;
  data(request: DataRequest): Promise<StatbankData>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The JSON of a 200 answer, or a `StatbankResponseError`. */
export function parseJsonBody(endpoint: StatbankEndpoint, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new StatbankResponseError(endpoint, 'the answer is not JSON', { cause });
  }
}

/** A `tableinfo` answer as `TableInfo`. */
export function parseTableInfo(text: string): TableInfo {
  const parsed = TableInfoSchema.safeParse(parseJsonBody('tableinfo', text));
  if (!parsed.success) throw new StatbankResponseError('tableinfo', 'not a table description', { cause: parsed.error });
  const { documentation, ...info } = parsed.data;
  return { ...info, documentationUrl: documentation?.url ?? null };
}

/** A `data` answer in `format` as rows. */
export function parseData(format: DataFormat, text: string, table: string): StatbankData {
  return format === 'CSV' ? parseStatbankCsv(text, table) : parseJsonStat(parseJsonBody('data', text), table);
}

function httpError(endpoint: StatbankEndpoint, status: number, text: string): StatbankHttpError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) return new StatbankHttpError(endpoint, status, parsed.data.message, parsed.data.errorTypeCode ?? null);
  return new StatbankHttpError(endpoint, status, text.trim().slice(0, 300) || `HTTP ${status}`, null);
}

/**
 * A client for the StatBank API at `baseUrl`.
 * @example const client = createStatbankClient({ baseUrl: 'https://api.statbank.dk/v1', timeoutMs: 10_000 });
 *   const info = await client.tableInfo('FOLK1E');
 */
export function createStatbankClient(options: StatbankClientOptions): StatbankClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lang = options.lang ?? 'da';

  async function raw(endpoint: StatbankEndpoint, params: StatbankParams): Promise<string> {
    const url = `${baseUrl}/${endpoint}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: '*/*' },
        body: JSON.stringify(params),
        signal: controller.signal,
      });
      const text = await response.text();
      if (!response.ok) throw httpError(endpoint, response.status, text);
      return text;
    } catch (error) {
      if (error instanceof StatbankHttpError) throw error;
      if (controller.signal.aborted) throw new StatbankTimeoutError(endpoint, timeoutMs);
      throw new StatbankNetworkError(endpoint, url, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    baseUrl,
    lang,
    raw,
    async subjects(o = {}) {
      const parsed = SubjectsSchema.safeParse(parseJsonBody('subjects', await raw('subjects', subjectsParams(o.lang ?? lang, o.subjects))));
      if (!parsed.success) throw new StatbankResponseError('subjects', 'not a list of subjects', { cause: parsed.error });
      return parsed.data as Subject[];
    },
    async tables(o = {}) {
      const parsed = TablesSchema.safeParse(parseJsonBody('tables', await raw('tables', tablesParams(o.lang ?? lang, o.subjects))));
      if (!parsed.success) throw new StatbankResponseError('tables', 'not a list of tables', { cause: parsed.error });
      return parsed.data;
    },
    async tableInfo(tableId, o = {}) {
      return parseTableInfo(await raw('tableinfo', tableInfoParams(tableId, o.lang ?? lang)));
    },
    async data(request) {
      return parseData(request.format, await raw('data', dataParams(request, lang)), request.table);
    },
  };
}
