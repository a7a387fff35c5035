/**
 * The narrow interface that services depend on. It speaks in deliveries, audit entries, users and
 * sessions — never in SQL — so that a service can be tested against either database, or a fake.
 */
import type { AuditEntry, AuditFilter, JsonValue, NewAuditEntry } from '../accounts/audit.ts';
import type { ComparisonFigure, ComparisonSet, ComparisonSetMeta, SaveComparisonResult, StoredComparisonFigure } from './comparison-types.ts';
import type { ContextFilter, ContextRow, SaveContextInput } from '../cells/context-row.ts';
import type { DeliveryMeta, DeliveryStatus, DeliveryWithCells, LatestFilter, NewDelivery, SaveResult } from '../cells/delivery.ts';
import type { NewRound, Round } from './round-types.ts';
import type { SettingVersion } from './settings.ts';
import type { StatbankCacheEntry } from './statbank-cache.ts';
import type { NewTarget, Target, TargetVersion } from '../cells/target.ts';
import type { NewUser, Session, User, UserPatch } from '../accounts/index.ts';
import type { BackupInfo, BackupRow, BackupTable } from './backup.ts';

/** Row counts, for status pages and tests. */
export interface StoreStats {
  deliveries: number;
  cells: number;
  audit: number;
}

export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';

  /**
   * Stores one delivery as version latest+1 with its cells and an audit entry, in one transaction.
   * Returns `unchanged` and writes nothing when the latest version has the same file hash, or the
   * same definition, third-generation flag and cells.
   */
  saveDelivery(d: NewDelivery): Promise<SaveResult>;
  /** Like `saveDelivery` for several deliveries, all in one transaction: all or nothing. */
  saveDeliveries(ds: readonly NewDelivery[]): Promise<SaveResult[]>;
  /** The newest version per indicator × period (among `filter.status` if given), with cells. */
  latestDeliveries(filter?: LatestFilter): Promise<DeliveryWithCells[]>;
  /** Every version of one indicator × period, oldest first, without cells. */
  deliveryVersions(indicator: string, period: string): Promise<DeliveryMeta[]>;
  /** One version with its cells, or undefined. */
  getDelivery(id: number): Promise<DeliveryWithCells | undefined>;
  /** Changes a version's status and comment, with an audit entry; throws `DeliveryNotFoundError`. */
  setDeliveryStatus(id: number, status: DeliveryStatus, comment: string, actor: string): Promise<DeliveryMeta>;

  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  auditLog(filter?: AuditFilter): Promise<AuditEntry[]>;

  stats(): Promise<StoreStats>;
  /** sha256 hex over every row of deliveries, cells and audit log: equal fingerprints = unchanged store. */
  fingerprint(): Promise<string>;
  /** A number that grows with every change to what figures are computed from (deliveries, statuses, context): the readers' cache key. */
  changeCounter(): Promise<number>;

  /** Creates a user (audited as `user.create`, without the password hash); throws on a taken username. */
  createUser(user: NewUser, actor: string): Promise<User>;
  findUserByName(username: string): Promise<User | undefined>;
  getUser(id: number): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  /** Applies a patch (audited as `user.update`, naming the changed fields); throws `UserNotFoundError`. */
  updateUser(id: number, patch: UserPatch, actor: string): Promise<User>;

  createSession(session: Session): Promise<void>;
  /** The session if it exists and has not expired at the store's clock. */
  findSession(id: string): Promise<Session | undefined>;
  deleteSession(id: string): Promise<void>;
  /** Removes expired sessions; returns how many. */
  deleteExpiredSessions(): Promise<number>;
  /** Ends every session of a user (password changed, user disabled); returns how many. */
  deleteUserSessions(userId: number): Promise<number>;

  /** Every row but the sessions, read in one consistent transaction, a batch at a time (backup). */
  exportRows(emit: (table: BackupTable, rows: BackupRow[]) => Promise<void>): Promise<BackupInfo>;
  /** Inserts exported rows into this empty store in one transaction, keeping ids (restore). */
  importRows(info: BackupInfo, batches: AsyncIterable<{ table: BackupTable; rows: BackupRow[] }>): Promise<Record<BackupTable, number>>;

  /** Opens a delivery round (audited as `round.open`); throws `RoundNameTakenError` on a used name. */
  openRound(round: NewRound, actor: string): Promise<Round>;
  getRound(id: number): Promise<Round | undefined>;
  /** Every round, newest first. */
  listRounds(): Promise<Round[]>;
  /** Closes a round (audited as `round.close`); throws `RoundNotFoundError`. */
  closeRound(id: number, actor: string): Promise<Round>;

  getStatbankCache(tableId: string, requestHash: string): Promise<StatbankCacheEntry | undefined>;
  putStatbankCache(entry: StatbankCacheEntry): Promise<void>;

  /**
   * Replaces the municipality's stored context of `tableIds` with `rows` in one transaction, audited
   * as `statbank.fetch`; returns the number of rows written.
   */
  saveContext(input: SaveContextInput): Promise<number>;
  /** Stored context rows, in primary-key order. */
  listContext(filter?: ContextFilter): Promise<ContextRow[]>;

  /**
   * Sets an indicator's target (`null` removes it) as a new version, audited as `target.set` /
   * `target.remove`; returns the version, or null when it equals the one in force (nothing written).
   */
  writeTarget(indicator: string, target: NewTarget | null, actor: string): Promise<TargetVersion | null>;
  /** Every target version, oldest first, of one indicator or all. */
  targetVersions(indicator?: string): Promise<TargetVersion[]>;
  /** The targets in force, by indicator id. */
  currentTargets(): Promise<Target[]>;

  /**
   * Stores imported comparison figures as the next version of their source's set, audited as
   * `comparison.import`; the same file as the latest version writes nothing (`unchanged`).
   */
  saveComparisonSet(meta: ComparisonSetMeta, figures: readonly ComparisonFigure[], actor: string, actorNote?: string): Promise<SaveComparisonResult>;
  /** Every imported set, oldest first. */
  comparisonSets(): Promise<ComparisonSet[]>;
  /** The figures of every source's latest set (of one indicator, or all). */
  listComparisonFigures(indicator?: string): Promise<StoredComparisonFigure[]>;

  /** Writes a setting's next version (audited as `setting.set`); null when it equals the one in force. */
  writeSetting(name: string, value: JsonValue, actor: string): Promise<SettingVersion | null>;
  /** The version of a setting in force, or undefined when never written. */
  currentSetting(name: string): Promise<SettingVersion | undefined>;

  close(): Promise<void>;
}
