/**
 * Grade point average at the 9th-grade final examination. Two forms of file (docs/person-level-data.md):
 *
 * - one row per pupil, `person_id`, `grade` (the pupil's average of the bound examinations on the
 *   catalogue's scale — 7-trinsskalaen, −3 to 12 — with decimal point or comma), as before;
 * - one row per pupil and examination, with the optional column `exam` [`proeve`] (`grade` is then
 *   that examination's grade, a step of the scale, empty = no grade) and optionally
 *   `special_class` [`specialklasse`]. The product knows the obligatory examinations
 *   (`obligatory-exams.ts`) and computes both figures itself.
 *
 * The default `bound_exams`: each pupil's weighted average of the bound examinations delivered,
 * every pupil with at least one. The second figure `full_set` (exam rows only, when asked for):
 * as the ministry — pupils with a grade in every obligatory examination (every bound one and one
 * drawn of each block), special classes excluded, each pupil's weighted average of them; whole
 * groups only. Its pupils are a part of the default's (`relation: within_default`, on n).
 *
 * One cell per group: `value` = the mean, `sd` = the sample standard deviation (n − 1), `n` =
 * pupils, so that a t-interval can be computed from the aggregate alone; numerator and
 * denominator are empty.
 */
import type { DeliveryGroup } from '../../origin/types.ts';
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import { AggregationRowError } from '../aggregation-error.ts';
import { columnCodes } from '../column-codes.ts';
import { hasColumns } from '../file-columns.ts';
import { getOrCreate } from '../get-or-create.ts';
import { byPerson, type Matched, matchRows, rejectDuplicates } from '../match-rows.ts';
import { type ExamSet, examListProblems, examSetFor, firstExamSet, SEVEN_POINT_SCALE } from '../obligatory-exams.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { cellText, readNumber, readPersonId, readRequiredChoice } from '../read-fields.ts';
import { parseBoolean } from '../../ingest/parse-boolean.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
import { shippedIndicator } from '../shipped-indicator.ts';
import type { AggregationInput, AggregationPerson, AggregationRow, CountedCell, IndicatorOutput } from '../types.ts';

const ID = 'karaktergennemsnit';
const FULL_SET = 'full_set';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (divisor n − 1); null below two values. */
export function sampleSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

function groupCell(group: DeliveryGroup, breakdown: string, grades: readonly number[]): CountedCell {
  return { group, breakdown, numerator: null, denominator: null, value: mean(grades), sd: sampleSd(grades), n: grades.length };
}

/** The grade range of the catalogue's `mean` measure. */
function gradeRange(indicatorId: string): { min: number; max: number } {
  const measure = shippedIndicator(indicatorId).measure;
  if (measure.kind !== 'mean') throw new Error(`"${indicatorId}" er ikke et gennemsnit i indikatorkataloget.`);
  return { min: measure.min, max: measure.max };
}

/** One pupil's average, to be averaged over the group. */
interface PupilGrade {
  person: AggregationPerson;
  grade: number;
}

/** Mean, sd and n per group and (when the input asks for them) per person breakdown. */
function meanCells(input: AggregationInput, pupils: readonly PupilGrade[]): CountedCell[] {
  const people = PersonBreakdowns.of(input);
  return DELIVERY_GROUPS.flatMap((group) => {
    const own = pupils.filter((p) => group === 'total' || p.person.group === group);
    const grades = (breakdown: string) => own.filter((p) => breakdown === '' || people.of(p.person).includes(breakdown)).map((p) => p.grade);
    return ['', ...people.cellsFor(group)].map((breakdown) => groupCell(group, breakdown, grades(breakdown)));
  });
}

/**
 * The mean cells of every pupil, and of each municipality's (a national extract's, from the same
 * pupils: the rules are not run again per municipality).
 */
function meanCounts(input: AggregationInput, pupils: readonly PupilGrade[]): Pick<IndicatorOutput, 'cells' | 'cellsOf'> {
  const byMunicipality = new Map<string, PupilGrade[]>();
  for (const pupil of pupils) getOrCreate(byMunicipality, pupil.person.municipality ?? '', () => []).push(pupil);
  return { cells: meanCells(input, pupils), cellsOf: (municipality) => meanCells(input, byMunicipality.get(municipality) ?? []) };
}

/** The file of one row per pupil: the pupil's average as delivered. */
function aggregatePupilRows(input: AggregationInput): IndicatorOutput {
  rejectDuplicates(input.rows);
  const { min, max } = gradeRange(input.indicatorId);
  const parse = (row: AggregationRow) => ({ personId: readPersonId(row), grade: readNumber(row, 'grade', min, max) });
  const { matched, unmatched } = matchRows(input.rows, input.persons, parse);
  return {
    ...meanCounts(
      input,
      matched.map((m) => ({ person: m.person, grade: m.record.grade })),
    ),
    unmatched,
    notes: [],
  };
}

/** One exam row: the examination, its grade (null: none, e.g. exempted) and the pupil's special-class flag. */
interface ExamRecord {
  exam: string;
  grade: number | null;
  specialClass: boolean;
}

/** The catalogue's examination codes, checked once against the list of obligatory examinations. */
function examColumn(): ReturnType<typeof columnCodes> {
  const codes = columnCodes(ID, 'exam');
  const problems = examListProblems(codes.codes);
  if (problems.length > 0) throw new Error(`Listen over obligatoriske prøver passer ikke til kataloget: ${problems.join('; ')}`);
  return codes;
}

function examParser(): (row: AggregationRow) => ExamRecord & { personId: string } {
  const codes = examColumn();
  return (row) => {
    const text = cellText(row, 'grade');
    const grade = text === '' ? null : readNumber(row, 'grade', -3, 12);
    if (grade !== null && !SEVEN_POINT_SCALE.includes(grade)) throw new AggregationRowError(row.rowNumber, 'grade', 'not_on_scale');
    const flag = parseBoolean(cellText(row, 'special_class'));
    if (flag.kind === 'invalid') throw new AggregationRowError(row.rowNumber, 'special_class', 'invalid_flag');
    const specialClass = flag.kind === 'empty' ? false : flag.value;
    return { personId: readPersonId(row), exam: readRequiredChoice(row, 'exam', codes.codes, codes.aliases), grade, specialClass };
  };
}

/** The block of a drawn examination in the set; undefined for a bound or unlisted one. */
function drawnBlock(set: ExamSet, exam: string): string | undefined {
  return [...set.drawn].find(([, exams]) => exams.includes(exam))?.[0];
}

/**
 * Refuses what a pupil's rows cannot hold: an examination twice, two drawn examinations of one
 * block (a voluntary examination delivered with the drawn one), a special-class flag that
 * changes between rows. Checked over every row, matched or not, as the duplicates of the other files.
 */
function checkPupilRows(rows: readonly { rowNumber: number; record: ExamRecord & { personId: string } }[], set: ExamSet): void {
  const seen = new Map<string, { exams: Set<string>; blocks: Set<string>; specialClass: boolean }>();
  for (const { rowNumber, record } of rows) {
    const pupil = seen.get(record.personId) ?? { exams: new Set<string>(), blocks: new Set<string>(), specialClass: record.specialClass };
    seen.set(record.personId, pupil);
    if (pupil.exams.has(record.exam)) throw new AggregationRowError(rowNumber, 'exam', 'duplicate_exam');
    pupil.exams.add(record.exam);
    const block = drawnBlock(set, record.exam);
    if (block !== undefined && pupil.blocks.has(block)) throw new AggregationRowError(rowNumber, 'exam', 'two_drawn_exams');
    if (block !== undefined) pupil.blocks.add(block);
    if (pupil.specialClass !== record.specialClass) throw new AggregationRowError(rowNumber, 'special_class', 'inconsistent_value');
  }
}

/** Σ weight × grade / Σ weight over the graded examinations; null when none is graded. */
function weightedAverage(graded: readonly [number, number][]): number | null {
  const weight = graded.reduce((s, [w]) => s + w, 0);
  return weight === 0 ? null : graded.reduce((s, [w, g]) => s + w * g, 0) / weight;
}

/** The pupil's average of the bound examinations delivered (the default); null without any. */
function boundAverage(set: ExamSet, grades: ReadonlyMap<string, number>): number | null {
  return weightedAverage([...set.bound].flatMap(([exam, w]): [number, number][] => (grades.has(exam) ? [[w, grades.get(exam) as number]] : [])));
}

/** The pupil's average of the full set (the ministry's); null when an obligatory examination has no grade. */
function fullSetAverage(set: ExamSet, grades: ReadonlyMap<string, number>): number | null {
  if (![...set.bound.keys()].every((exam) => grades.has(exam))) return null;
  const drawn = [...set.drawn.values()].map((block) => block.find((exam) => grades.has(exam)));
  if (drawn.some((exam) => exam === undefined)) return null;
  const parts = [...set.bound].map(([exam, w]): [number, number] => [w, grades.get(exam) as number]);
  for (const exam of drawn) parts.push([set.drawnWeight, grades.get(exam as string) as number]);
  return weightedAverage(parts);
}

/** Per matched pupil: the graded examinations and the special-class flag. */
function pupilsOf(matched: readonly Matched<ExamRecord>[]): { person: AggregationPerson; grades: Map<string, number>; specialClass: boolean }[] {
  return [...byPerson(matched).values()].map((rows) => {
    const first = rows[0] as Matched<ExamRecord>;
    const grades = new Map(rows.flatMap((r) => (r.record.grade === null ? [] : [[r.record.exam, r.record.grade] as const])));
    return { person: first.person, grades, specialClass: first.record.specialClass };
  });
}

/** The file of one row per pupil and examination: both figures computed from the examinations. */
function aggregateExamRows(input: AggregationInput): IndicatorOutput {
  const applying = examSetFor(input.period.label);
  const set = applying ?? firstExamSet();
  const parse = examParser();
  const parsed = input.rows.map((row) => ({ rowNumber: row.rowNumber, record: parse(row) }));
  checkPupilRows(parsed, set);
  const matched: Matched<ExamRecord>[] = [];
  const unmatched: { rowNumber: number }[] = [];
  for (const { rowNumber, record } of parsed) {
    const person = input.persons.get(record.personId);
    if (person === undefined) unmatched.push({ rowNumber });
    else matched.push({ person, record, rowNumber });
  }
  const pupils = pupilsOf(matched);
  const bound = pupils.flatMap((p) => {
    const grade = boundAverage(set, p.grades);
    return grade === null ? [] : [{ person: p.person, grade }];
  });
  const notes = [
    ...(bound.length < pupils.length ? [`${pupils.length - bound.length} elev(er) uden karakter i nogen bunden prøve indgår ikke.`] : []),
    ...(applying === undefined
      ? [
          `Ingen liste over obligatoriske prøver gælder for ${input.period.label}: de bundne prøver er listens fra ${set.appliesFrom}, og ministeriets gennemsnit beregnes ikke.`,
        ]
      : []),
  ];
  const output: IndicatorOutput = { ...meanCounts(input, bound), unmatched, notes };
  if (!(input.secondFigures ?? []).includes(FULL_SET) || applying === undefined) return output;
  const full = pupils.flatMap((p) => {
    const grade = p.specialClass ? null : fullSetAverage(set, p.grades);
    return grade === null ? [] : [{ person: p.person, grade }];
  });
  // Whole groups only: no person breakdowns of the second figure.
  return withSecondFigure(output, FULL_SET, meanCounts({ ...input, personBreakdowns: [] }, full));
}

/** Mean grade, its standard deviation and the number of pupils per group; the ministry's average beside it from exam rows. */
export function aggregateKaraktergennemsnit(input: AggregationInput): IndicatorOutput {
  return hasColumns(input, 'exam') ? aggregateExamRows(input) : aggregatePupilRows(input);
}
