/**
 * Table types for Kysely, shared by both dialects. Booleans are INTEGER 0/1 in SQLite and BOOLEAN in
 * PostgreSQL: we always write 0/1 (PostgreSQL accepts it for a boolean parameter) and read either
 * with `fromDbBool`. Timestamps are ISO-8601 UTC text in both, so rows compare byte for byte.
 */
import type { ColumnType, Generated } from 'kysely';
import type { Cell } from '../cells/index.ts';

/** Read as 0/1 (SQLite) or true/false (PostgreSQL); always written as 0/1. */
export type DbBool = ColumnType<number | boolean, 0 | 1, 0 | 1>;

/** Converts a JS boolean for writing. */
export function toDbBool(b: boolean): 0 | 1 {
  return b ? 1 : 0;
}

/** Converts a stored boolean (0/1 or true/false) to a JS boolean. */
export function fromDbBool(v: number | boolean): boolean {
  return v === true || v === 1;
}

export interface DeliveriesTable {
  id: Generated<number>;
  indicator: string;
  period: string;
  version: number;
  file_name: string;
  file_hash: string;
  source: string;
  definition: string;
  third_generation: DbBool;
  created_at: string;
  created_by: string;
  status: string;
  status_comment: string;
  cell_count: number;
}

/** A stored cell (`cells/`'s `Cell`) as its row: the delivery it belongs to, `grp` for `group` (a reserved word in SQL), `suppressed` as 0/1. */
export type DeliveryCellsTable = Omit<Cell, 'group' | 'suppressed'> & {
  delivery_id: number;
  grp: string;
  suppressed: DbBool;
};

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  object_type: string;
  object_id: string;
  /** JSON text. */
  details: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  /** JSON array text. */
  departments: string;
  disabled: DbBool;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  csrf_token: string;
}

export interface StatbankCacheTable {
  table_id: string;
  request_hash: string;
  updated: string;
  fetched_at: string;
  body: string;
}

export interface RoundsTable {
  id: Generated<number>;
  name: string;
  /** JSON object text: period type → period. */
  periods: string;
  deadline: string;
  opened_by: string;
  opened_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface ContextSeriesTable {
  table_id: string;
  updated: string;
  fetched_at: string;
  municipality: string;
  scope: string;
  series: string;
  breakdown: string;
  period: string;
  grp: string;
  category: string;
  label: string;
  value: number | null;
  unit: string;
  suppressed: DbBool;
  source: string;
}

/** The whole schema as Kysely sees it. */
export interface TargetsTable {
  id: Generated<number>;
  indicator: string;
  version: number;
  /** `set` a target, or `remove` the indicator's target (the other columns then null). */
  action: string;
  measure: string | null;
  grp: string | null;
  /** In the figure's own unit: a fraction for shares, per 1,000 for rates, grade points, a count. */
  value: number | null;
  target_year: number | null;
  /** The baseline period; null = the indicator's first period. */
  baseline: string | null;
  decision: string;
  created_at: string;
  created_by: string;
}

export interface ComparisonSetsTable {
  id: Generated<number>;
  /** Who published the figures, e.g. `Demo Kommune (999)` or `Hele landet (national run)`. */
  source: string;
  version: number;
  file_name: string;
  file_hash: string;
  definitions_hash: string;
  product_version: string;
  /** When the exporting installation wrote the file (ISO-8601 UTC). */
  exported_at: string;
  synthetic: DbBool;
  imported_at: string;
  imported_by: string;
  figure_count: number;
}

export interface ComparisonFiguresTable {
  set_id: number;
  municipality: string;
  indicator: string;
  period: string;
  grp: string;
  breakdown: string;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number | null;
  gap: number | null;
  suppressed: DbBool;
}

export interface SettingsTable {
  id: Generated<number>;
  name: string;
  version: number;
  /** JSON text. */
  value: string;
  created_at: string;
  created_by: string;
}

export interface Database {
  deliveries: DeliveriesTable;
  delivery_cells: DeliveryCellsTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  statbank_cache: StatbankCacheTable;
  rounds: RoundsTable;
  context_series: ContextSeriesTable;
  targets: TargetsTable;
  comparison_sets: ComparisonSetsTable;
  comparison_figures: ComparisonFiguresTable;
  settings: SettingsTable;
}
