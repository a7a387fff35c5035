/**
 * The two databases the store runs on, and the few column types that differ between them. Everything
 * else (queries, transactions, migrations) is written once.
 */
import type { ColumnDataType } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types per dialect: SQLite STRICT tables allow only INTEGER, REAL, TEXT, BLOB, ANY. */
export function columnTypes(dialect: DialectName): { real: ColumnDataType; bool: ColumnDataType } {
  return dialect === 'sqlite' ? { real: 'real', bool: 'integer' } : { real: 'double precision', bool: 'boolean' };
}
