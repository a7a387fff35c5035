/**
 * Wires an extract's parent columns to the origin rule on a parent's register status
 * (`origin/parent-status.ts`): what the extract gives about a parent, the check that status and
 * facts agree (reported with file, row and column), and the count of persons whose parent is
 * absent without a status (the warning an older extract gets).
 */
import { cellError, type ErrorCollector, type TableSource } from '../../ingest/index.ts';
import type { Localized } from '../../language/index.ts';
import { type ParentFacts, parentFromRegister, type ParentStatusProblem } from '../../origin/index.ts';
import type { ParentFactsColumns, PersonColumns, Side } from './person-columns.ts';

/** The persons of an extract, with each parent id resolved to its row. */
export interface LinkedRows {
  readonly persons: PersonColumns;
}

/**
 * What the extract gives about row `i`'s parent, for the status rule: the parent's own row when
 * the id links to one, else the parent columns; null when it names no parent at all (no id, no facts).
 */
export function givenParent(persons: PersonColumns, i: number, side: Side): ParentFacts | null {
  const linked = persons.parentRow[side][i] as number;
  if (linked >= 0) return { birthCountry: persons.birthCountry(linked), citizenship: persons.citizenship(linked), originGroup: null };
  return givenUnlinkedParent(persons.parentFactsOf(i, side), persons.hasParentRef(i, side));
}

/** `givenParent` for a parent who is no row of the extract: its columns, and whether an id was given. */
export function givenUnlinkedParent(columns: ParentFactsColumns, hasRef: boolean): ParentFacts | null {
  const { birthCountry, citizenship, originGroup, originCountry } = columns;
  if (!hasRef && birthCountry === null && citizenship === null && originGroup === null && originCountry === null) return null;
  return { birthCountry, citizenship, originGroup, originCountry };
}

const PROBLEMS: Readonly<Record<ParentStatusProblem, Localized>> = {
  unknown_parent_with_facts: {
    da: 'forælderen står som ukendt i registret, men udtrækket giver forælderens id, fødeland, statsborgerskab eller herkomst — ret status til kendt eller tøm forælderens kolonner',
    en: "the parent is stated as unknown in the register, but the extract gives the parent's id, birth country, citizenship or origin — change the status to known or empty the parent's columns",
  },
  known_parent_without_facts: {
    da: 'forælderen står som kendt, men hverken forælderens egen række eller forælderkolonnerne giver fødeland eller statsborgerskab — udfyld dem (Danmarks Statistik bruger den registrerede forælders oplysninger)',
    en: "the parent is stated as known, but neither the parent's own row nor the parent columns give a birth country or citizenship — fill them in (Statistics Denmark uses a registered parent's facts)",
  },
};

const STATUS_COLUMNS = [
  { side: 'mother', column: 'mother_status' },
  { side: 'father', column: 'father_status' },
] as const;

/**
 * Reports every parent whose stated status contradicts what the extract gives (after all rows are
 * read, because a parent's own row may come later in the file). `statusColumns` are the status
 * columns' positions in the header (absent columns are skipped).
 */
export function checkParentStatuses(
  population: LinkedRows,
  source: TableSource,
  statusColumns: { readonly mother_status?: number | undefined; readonly father_status?: number | undefined },
  errors: ErrorCollector,
): void {
  const { persons } = population;
  for (const { side, column } of STATUS_COLUMNS) {
    const index = statusColumns[column];
    if (index === undefined) continue;
    for (let i = 0; i < persons.size; i++) {
      const status = persons.parentFactsOf(i, side).status;
      if (status === null) continue;
      const result = parentFromRegister(status, givenParent(persons, i, side));
      if (result.kind !== 'contradiction') continue;
      const at = { file: source.file, row: persons.rowNumber[i] as number, index, header: source.header[index] ?? column, spec: {} };
      errors.add(cellError(at, status, PROBLEMS[result.problem]));
    }
  }
}

/** Whether the extract leaves row `i`'s parent without facts and without a status (taken as unknown). */
export function absentWithoutStatus(persons: PersonColumns, i: number, side: Side): boolean {
  if (persons.parentFactsOf(i, side).status !== null) return false;
  return parentFromRegister(null, givenParent(persons, i, side)).kind === 'absent_without_status';
}

/**
 * The warning for an extract without the parents' register status: it cannot tell a parent unknown
 * in the register from one who was left out; both are taken as unknown, which for the second is
 * wrong (docs/origin.md §1a). Says how many persons that touches and what to add; null when none.
 * Every command that reads a population extract (`classify`, `aggregate`) prints this one text.
 */
export function parentStatusWarning(persons: number): Localized | null {
  if (persons <= 0) return null;
  const n = persons.toLocaleString('da-DK');
  return {
    da: `Advarsel: ${n} ${persons === 1 ? 'person havde' : 'personer havde'} en forælder uden oplysninger og uden status i udtrækket; forælderen er regnet som ukendt i registret. Er forælderen registreret, men blot ikke med i udtrækket, kan herkomsten blive forkert — angiv mother_status/father_status (mor_status/far_status: kendt med forælderens fødeland og statsborgerskab, eller ukendt).`,
    en: `Warning: ${n} ${persons === 1 ? 'person had' : 'persons had'} a parent without facts and without a status in the extract; the parent was taken as unknown in the register. If the parent is registered but merely not in the extract, the origin may be wrong — give mother_status/father_status (known, with the parent's birth country and citizenship, or unknown).`,
  };
}
