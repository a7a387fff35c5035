/**
 * The allowed codes of a `code` column (an end reason, a kind of measure) and the spellings that
 * mean the same, as the catalogue declares them under the indicator's `person_level`. Aliases are
 * folded like every cell (`beskæftigelse` = `beskaeftigelse` = `BESKÆFTIGELSE`).
 */
import { foldChoice } from './read-fields.ts';
import { personLevelColumn } from './shipped-indicator.ts';

/** A code column's codes and its alias → code map (keys folded). */
export interface ColumnCodes {
  readonly codes: readonly string[];
  readonly aliases: Readonly<Record<string, string>>;
}

/**
 * The codes of column `name` of the indicator, with their Danish aliases, from the catalogue.
 *
 * @example columnCodes('boern-kontaktperson', 'measure') // { codes: ['child', 'family'], aliases: { barn: 'child', familie: 'family' } }
 */
export function columnCodes(indicatorId: string, name: string): ColumnCodes {
  const values = personLevelColumn(indicatorId, name).values ?? [];
  const codes = values.map((v) => v.code);
  const aliases: Record<string, string> = {};
  for (const value of values) for (const alias of value.aliases) aliases[foldChoice(alias)] = value.code;
  return { codes, aliases };
}
