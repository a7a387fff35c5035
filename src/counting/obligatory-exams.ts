/**
 * The obligatory 9th-grade examinations (`data/obligatory-exams.json`): the bound examinations
 * with their weights in a pupil's average, and the two blocks of drawn examinations. With them the
 * product tells a full set from an incomplete one from the exam rows a school delivers, as the
 * ministry's exam average does (docs/catalogue.md, karaktergennemsnit). The list is data with its
 * source and the school year it applies from, so a change of the examination order is a new set in
 * the file, not new code. Like the country lists it is the product's data, not the catalogue's
 * definition (it does not enter the definitions' hash).
 */
import { z } from 'zod';
import examsJson from './data/obligatory-exams.json' with { type: 'json' };

/** The steps of the 7-point scale (7-trinsskalaen): a single examination's grade is one of them. */
export const SEVEN_POINT_SCALE: readonly number[] = [-3, 0, 2, 4, 7, 10, 12];

const SCHOOL_YEAR = /^(\d{4})\/(\d{4})$/;

const ExamSetSchema = z.strictObject({
  applies_from: z.string().regex(SCHOOL_YEAR),
  bound: z.record(z.string(), z.number().positive()),
  drawn: z.record(z.string(), z.array(z.string()).min(1)),
  drawn_weight: z.number().positive(),
});
const ExamListSchema = z.strictObject({ source: z.string().min(1), url: z.url(), sets: z.array(ExamSetSchema).min(1) });

/** One set of obligatory examinations, from `appliesFrom` (a school year) until the next set's. */
export interface ExamSet {
  readonly appliesFrom: string;
  /** The bound examinations and their weights in the pupil's average. */
  readonly bound: ReadonlyMap<string, number>;
  /** The drawn blocks (humanities, science): a full set has one examination of each. */
  readonly drawn: ReadonlyMap<string, readonly string[]>;
  readonly drawnWeight: number;
}

function startYear(schoolYear: string): number {
  return Number(SCHOOL_YEAR.exec(schoolYear)?.[1] ?? Number.NaN);
}

function readSets(): readonly ExamSet[] {
  const parsed = ExamListSchema.safeParse(examsJson);
  if (!parsed.success) throw new Error(`obligatory-exams.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.sets
    .map((s) => ({
      appliesFrom: s.applies_from,
      bound: new Map(Object.entries(s.bound)),
      drawn: new Map(Object.entries(s.drawn)),
      drawnWeight: s.drawn_weight,
    }))
    .sort((a, b) => startYear(a.appliesFrom) - startYear(b.appliesFrom));
}

const SETS = readSets();

/** Every examination code the sets name (bound and drawn). */
export function examCodes(sets: readonly ExamSet[] = SETS): ReadonlySet<string> {
  return new Set(sets.flatMap((s) => [...s.bound.keys(), ...[...s.drawn.values()].flat()]));
}

/**
 * Where the list and the catalogue's codes of the `exam` column disagree (a code one has and the
 * other lacks, an examination in two places of one set): empty when they agree.
 */
export function examListProblems(catalogueCodes: readonly string[], sets: readonly ExamSet[] = SETS): string[] {
  const listed = examCodes(sets);
  const problems = [
    ...[...listed].filter((c) => !catalogueCodes.includes(c)).map((c) => `${c} is not a code of the catalogue's exam column`),
    ...catalogueCodes.filter((c) => !listed.has(c)).map((c) => `the catalogue's exam code ${c} is in no set`),
  ];
  for (const set of sets) {
    const places = [...set.bound.keys(), ...[...set.drawn.values()].flat()];
    for (const code of new Set(places)) if (places.filter((p) => p === code).length > 1) problems.push(`${set.appliesFrom}: ${code} is listed twice`);
  }
  return problems;
}

/** The set that applies to a school year (`2024/2025`); undefined before the first set or for another kind of period. */
export function examSetFor(schoolYear: string): ExamSet | undefined {
  const year = startYear(schoolYear);
  return [...SETS].reverse().find((s) => startYear(s.appliesFrom) <= year);
}

/** The earliest set: the bound examinations of an exam-row file from before every set (noted, never a full set). */
export function firstExamSet(): ExamSet {
  return SETS[0] as ExamSet;
}
