/**
 * Public surface of the store: open it, then talk to the `Store` interface. Nothing outside this
 * folder should import Kysely types from here except the `Database` schema (for tooling). What the
 * store keeps — cells, deliveries, context rows, targets (`cells/`), users and audit entries
 * (`accounts/`) — is imported from those pure homes, not from here.
 */
export type {
  ComparisonFigure,
  ComparisonSet,
  ComparisonSetMeta,
  SaveComparisonResult,
  StoredComparisonFigure,
} from './comparison-types.ts';
export type { SettingVersion } from './settings.ts';
export { diffCells, summariseChanges } from './cell-changes.ts';
export { compareContextRows } from './context-series.ts';
export { BACKUP_TABLES, type BackupInfo, type BackupRow, type BackupTable, RestoreRefusedError } from './backup.ts';
export type { Database } from './database.ts';
export {
  DeliveryNotFoundError,
  DuplicateCellError,
  RoundNameTakenError,
  RoundNotFoundError,
  StoreFullError,
  UsernameTakenError,
  UserNotFoundError,
} from './errors.ts';
export { openStore, type StoreOptions } from './open-store.ts';
export type { NewRound, Round, RoundPeriods } from './round-types.ts';
export { SQLITE_FILE_NAME } from './sqlite-connection.ts';
export type { StatbankCacheEntry } from './statbank-cache.ts';
export type { Store, StoreStats } from './store.ts';
