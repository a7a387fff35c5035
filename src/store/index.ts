/**
 * Public surface of the store: open it, then talk to the `Store` interface. Nothing outside this
 * folder should import Kysely types from here except the `Database` schema (for tooling).
 */
export type { AuditEntry, AuditFilter, JsonValue, NewAuditEntry } from '../accounts/audit.ts';
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
export {
  CONTEXT_SCOPES,
  CONTEXT_UNITS,
  type ContextFilter,
  type ContextRow,
  type ContextScope,
  type ContextUnit,
  type SaveContextInput,
} from '../cells/context-row.ts';
export { BACKUP_TABLES, type BackupInfo, type BackupRow, type BackupTable, RestoreRefusedError } from './backup.ts';
export type { Database } from './database.ts';
export type { Cell, CellKey } from '../cells/index.ts';
export {
  type CellChanges,
  DELIVERY_SOURCES,
  DELIVERY_STATUSES,
  type DeliveryMeta,
  type DeliverySource,
  type DeliveryStatus,
  type DeliveryWithCells,
  type LatestFilter,
  type NewDelivery,
  type SaveResult,
} from '../cells/delivery.ts';
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
export { type NewTarget, TARGET_MEASURES, type Target, type TargetMeasure, type TargetVersion } from '../cells/target.ts';
export {
  type NewUser,
  type Session,
  USER_ROLES,
  type User,
  type UserPatch,
  type UserRole,
} from '../accounts/index.ts';
