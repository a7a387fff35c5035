/**
 * Holds a table's metadata and data against what the product expects (`table-specs.ts`,
 * `origin-codes.ts`), so that a table StatBank has changed stops the fetch with a message naming
 * the table and the variable, instead of being mapped to the wrong groups.
 */
import { StatbankSchemaError } from './errors.ts';
import { ORIGIN_CODES } from './origin-codes.ts';
import type { StatbankTableId } from './table-ids.ts';
import { TABLE_SPECS, TIME_VARIABLE } from './table-specs.ts';
import type { DataRequest, StatbankData, TableInfo, TableVariable } from './types.ts';

function variableOf(info: TableInfo, tableId: string, id: string): TableVariable {
  const variable = info.variables.find((v) => v.id === id);
  if (variable === undefined) throw new StatbankSchemaError(tableId, id, 'findes ikke længere / is missing');
  return variable;
}

function requireCodes(tableId: string, variable: TableVariable, codes: readonly string[]): void {
  const present = new Set(variable.values.map((v) => v.id));
  const missing = codes.filter((c) => !present.has(c));
  if (missing.length > 0) throw new StatbankSchemaError(tableId, variable.id, `mangler koden ${missing.join(', ')} / lacks the code ${missing.join(', ')}`);
}

/**
 * Throws `StatbankSchemaError` unless `info` has exactly the expected variables, a time variable
 * `Tid`, every code the requests select, and no origin code that `origin-codes.ts` does not know.
 */
export function checkTableInfo(tableId: StatbankTableId, info: TableInfo): void {
  if (info.id.toUpperCase() !== tableId) throw new StatbankSchemaError(tableId, '(tabel)', `beskriver tabel ${info.id} / describes table ${info.id}`);
  const spec = TABLE_SPECS[tableId];
  for (const v of info.variables) {
    if (!spec.variables.includes(v.id)) throw new StatbankSchemaError(tableId, v.id, 'er ny / is new');
  }
  for (const id of spec.variables) variableOf(info, tableId, id);
  if (!variableOf(info, tableId, TIME_VARIABLE).time) throw new StatbankSchemaError(tableId, TIME_VARIABLE, 'er ikke tidsvariablen / is not the time variable');
  for (const [id, codes] of Object.entries(spec.required)) requireCodes(tableId, variableOf(info, tableId, id), codes);
  const origin = ORIGIN_CODES[tableId];
  for (const id of origin.variables) {
    const variable = variableOf(info, tableId, id);
    const known = new Set(origin.known[id] ?? []);
    const unknown = variable.values.filter((v) => !known.has(v.id));
    if (unknown.length > 0) {
      const listed = unknown.map((v) => `${v.id} (${v.text})`).join(', ');
      throw new StatbankSchemaError(tableId, id, `har ukendte herkomstkoder ${listed} / has unknown origin codes ${listed}`);
    }
    requireCodes(tableId, variable, [...new Set(origin.categories.flatMap((c) => (c.codes[id] === undefined ? [] : [c.codes[id]])))]);
  }
}

/**
 * Throws `StatbankSchemaError` unless every row of `data` has exactly the requested variables and
 * only the requested codes (`*` allows any code of the variable).
 */
export function checkRows(tableId: StatbankTableId, request: DataRequest, data: StatbankData): void {
  const wanted = new Map(request.variables.map((v) => [v.code.toUpperCase(), v.values.includes('*') ? null : new Set(v.values)]));
  for (const column of data.columns) {
    if (!wanted.has(column)) throw new StatbankSchemaError(tableId, column, 'står i svaret uden at være bestilt / is in the answer but was not asked for');
  }
  for (const variable of wanted.keys()) {
    if (!data.columns.includes(variable)) throw new StatbankSchemaError(tableId, variable, 'mangler i svaret / is missing from the answer');
  }
  for (const row of data.rows) {
    for (const [variable, allowed] of wanted) {
      const code = row.keys[variable] ?? '';
      if (allowed !== null && !allowed.has(code))
        throw new StatbankSchemaError(tableId, variable, `har koden »${code}«, som ikke blev bestilt / has the code "${code}", not asked for`);
    }
  }
}
