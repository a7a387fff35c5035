/**
 * Grades at the 9th-grade final examination: the pupils are the residents who turn 16 in the
 * calendar year the school year ends (most sit the exam at 15–16). The target group's mean rises
 * slowly towards the comparison group's.
 *
 * The file is what a school's administrative system exports: one row per pupil and examination
 * (`exam`, `grade` on the 7-point scale, `special_class`). Each pupil draws a level from the
 * town's random stream as before; the examinations, their grades around that level, the drawn
 * examinations, a missing grade (e.g. exempted or absent: 12 % of pupils below level 3, else 2 %),
 * a missing drawn examination (2 %) and a special class (10 % below level 3, else 1 %) are chosen
 * from the pupil's id, not drawn from the stream, so that no other indicator's figure moves.
 */
import { firstExamSet, SEVEN_POINT_SCALE } from '../../counting/obligatory-exams.ts';
import { csvText } from '../csv.ts';
import type { SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { byProfile, clamp, sinceStart } from './rates.ts';

// The examinations and the scale are the product's own list (src/counting/data/obligatory-exams.json).
const EXAMS = firstExamSet();
const BOUND = [...EXAMS.bound.keys()];
const HUMANITIES = EXAMS.drawn.get('humanities') ?? [];
const SCIENCE = EXAMS.drawn.get('science') ?? [];

function meanGrade(person: SimPerson, year: number): number {
  const base = byProfile(person.profile, 7.4, 6.6, 6.9, 5.5 + 0.07 * sinceStart(year));
  return base + (person.sex === 'K' ? 0.4 : -0.4);
}

/** A number 0..1_000_002 from the text (the demo's usual string hash). */
function hashOf(text: string): number {
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** The step of the scale nearest to `level` (ties to the higher step). */
function nearestStep(level: number): number {
  return SEVEN_POINT_SCALE.reduce((best, step) => (Math.abs(step - level) <= Math.abs(best - level) ? step : best));
}

/** The grade of one examination around the pupil's level (±2.5), as the certificate writes it. */
function examGrade(id: string, exam: string, level: number): string {
  const spread = ((hashOf(`${id}:${exam}`) % 101) / 100 - 0.5) * 5;
  const grade = nearestStep(clamp(level + spread, -3, 12));
  return grade === 0 ? '00' : grade === 2 ? '02' : `${grade}`;
}

/** The pupil's rows: the bound examinations and one drawn examination of each block. */
function pupilRows(person: SimPerson, endYear: number, level: number): string[][] {
  const h = hashOf(`${person.id}/${endYear}`);
  // Pupils with a low level are more often in a special class or without a grade, as in schools.
  const weak = level < 3;
  const special = h % 100 < (weak ? 10 : 1) ? '1' : '0';
  const missingBound = Math.floor(h / 100) % 100 < (weak ? 12 : 2) ? BOUND[(h >> 3) % BOUND.length] : undefined;
  const drawn = [HUMANITIES[h % HUMANITIES.length] as string, SCIENCE[(h >> 5) % SCIENCE.length] as string];
  const withoutDrawn = Math.floor(h / 10_000) % 100 < 2;
  const exams = [...BOUND, ...(withoutDrawn ? drawn.slice(0, 1) : drawn)];
  return exams.map((exam) => [person.id, exam, exam === missingBound ? '' : examGrade(person.id, exam, level), special]);
}

/** One row per pupil and examination for the school year ending in `endYear`. */
export function karaktergennemsnitFile(town: Town, residents: readonly SimPerson[], endYear: number): string {
  const rows: string[][] = [];
  for (const person of residents) {
    if (person.life.birthYear !== endYear - 16 || !town.random.chance(0.93)) continue;
    const level = clamp(town.random.normal(meanGrade(person, endYear), 2.3), -3, 12);
    rows.push(...pupilRows(person, endYear, level));
  }
  return csvText(['person_id', 'exam', 'grade', 'special_class'], rows);
}
