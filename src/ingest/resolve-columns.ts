/**
 * Finds the expected columns in a table's header by name or alias (see `normaliseHeader`), and
 * reports, in one go, every required column that is missing and every column given twice.
 */
import type { ColumnSpec, ResolvedColumns } from './column-spec.ts';
import { InputError } from './input-error.ts';
import { InputErrors } from './input-errors.ts';
import { showableName } from './mask-value.ts';
import { normaliseHeader } from './normalise-header.ts';
import { columnLetter } from './column-letter.ts';

const MAX_LISTED = 30;

/**
 * The 0-based index of each column of `spec` in `source.header` (undefined when an optional column is
 * absent). Throws an `InputError` (or `InputErrors`, for several problems) when required columns are
 * missing or a column appears twice (e.g. both 'fødeland' and 'foedeland').
 * @example resolveColumns({ file: 'a.csv', header: ['CPR', 'Køn'] }, [{ name: 'person_id', aliases: ['cpr'], required: true }])
 *   // { person_id: 0 }
 */
export function resolveColumns<const S extends readonly ColumnSpec[]>(
  source: { readonly file: string; readonly header: readonly string[] },
  spec: S,
): ResolvedColumns<S> {
  const keys = source.header.map(normaliseHeader);
  const resolved: Record<string, number | undefined> = {};
  const missing: ColumnSpec[] = [];
  const problems: InputError[] = [];
  for (const column of spec) {
    const names = new Set([column.name, ...(column.aliases ?? [])].map(normaliseHeader));
    const found = keys.flatMap((key, index) => (names.has(key) ? [index] : []));
    if (found.length > 1) problems.push(duplicate(source, column, found));
    if (found.length === 0 && column.required) missing.push(column);
    resolved[column.name] = found[0];
  }
  if (missing.length > 0) problems.unshift(missingColumns(source, missing));
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new InputErrors(problems);
  return resolved as ResolvedColumns<S>;
}

function missingColumns(source: { file: string; header: readonly string[] }, missing: readonly ColumnSpec[]) {
  const expectedDa = missing.map((c) => withAliases(c, 'eller')).join(', ');
  const expectedEn = missing.map((c) => withAliases(c, 'or')).join(', ');
  const present = source.header.slice(0, MAX_LISTED).map(showableName).join(', ');
  const more = source.header.length > MAX_LISTED ? ', …' : '';
  const one = missing.length === 1;
  return new InputError({
    code: 'missing_column',
    file: source.file,
    row: 1,
    messageDa: `${one ? 'kolonnen mangler' : 'kolonnerne mangler'}: ${expectedDa}. Filens kolonner er: ${present}${more}`,
    messageEn: `missing ${one ? 'column' : 'columns'}: ${expectedEn}. The file's columns are: ${present}${more}`,
  });
}

function withAliases(column: ColumnSpec, or: string): string {
  const aliases = column.aliases ?? [];
  return aliases.length === 0 ? column.name : `${column.name} (${or} ${aliases.join(` ${or} `)})`;
}

function duplicate(source: { file: string; header: readonly string[] }, column: ColumnSpec, found: readonly number[]) {
  const where = found.map((i) => `${columnLetter(i + 1)} (${showableName(source.header[i] ?? '')})`).join(', ');
  return new InputError({
    code: 'duplicate_column',
    file: source.file,
    row: 1,
    column: column.name,
    messageDa: `kolonnen ${column.name} findes flere gange: ${where}; slet eller omdøb de overskydende`,
    messageEn: `column ${column.name} appears more than once: ${where}; delete or rename the extra ones`,
  });
}
