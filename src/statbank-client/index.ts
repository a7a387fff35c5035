/**
 * Public surface of the StatBank module: the HTTP client for Statistics Denmark's API, its cached
 * view over the store, the typed errors, the parsers of both data formats, and the one mapping of
 * each table's origin codes to the product's groups.
 */
export {
  type CachedStatbank,
  type CachedStatbankOptions,
  createCachedStatbank,
  type Fetched,
  isNewer,
  type Provenance,
  type StatbankCacheEntry,
  type StatbankCacheStore,
  tableInfoCacheKey,
} from './cached-statbank.ts';
export { checkRows, checkTableInfo } from './check-table.ts';
export { type RecordedAnswer, type RecordedRequest, readRecordedAnswers, recordedCacheEntries } from './recorded-answers.ts';
export {
  createStatbankClient,
  parseData,
  parseTableInfo,
  type StatbankClient,
  type StatbankClientOptions,
} from './client.ts';
export {
  isStatbankError,
  StatbankError,
  type StatbankErrorKind,
  StatbankHttpError,
  StatbankNetworkError,
  StatbankOfflineError,
  StatbankResponseError,
  StatbankSchemaError,
  StatbankTimeoutError,
} from './errors.ts';
export {
  categoryOf,
  codesOf,
  groupOf,
  ORIGIN_CATEGORIES,
  ORIGIN_CODES,
  type OriginCategory,
  type OriginCode,
  partCategories,
  type TableOriginCodes,
} from './origin-codes.ts';
export { parseStatbankCsv } from './parse-csv.ts';
export { parseJsonStat } from './parse-jsonstat.ts';
export { canonicalJson, requestHash } from './request-hash.ts';
export { dataParams, subjectsParams, tableInfoParams, tablesParams } from './request-params.ts';
export { isStatbankTableId, STATBANK_TABLE_IDS, type StatbankTableId } from './table-ids.ts';
export { TABLE_SPECS, TIME_VARIABLE, type TableSpec, WHOLE_COUNTRY } from './table-specs.ts';
export type {
  DataFormat,
  DataRequest,
  StatbankData,
  StatbankEndpoint,
  StatbankParams,
  StatbankRow,
  Subject,
  TableInfo,
  TableSummary,
  TableVariable,
  ValuePresentation,
  VariableSelection,
  VariableValue,
} from './types.ts';
