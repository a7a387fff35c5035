/**
 * Grades at the 9th-grade final examination: the pupils are the residents who turn 16 in the
 * calendar year the school year ends (most sit the exam at 15–16). The target group's mean rises
 * slowly towards the comparison group's.
 */
import { csvText } from '../csv.ts';
import type { SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { byProfile, clamp, sinceStart } from './rates.ts';

function meanGrade(person: SimPerson, year: number): number {
  const base = byProfile(person.profile, 7.4, 6.6, 6.9, 5.5 + 0.07 * sinceStart(year));
  return base + (person.sex === 'K' ? 0.4 : -0.4);
}

/** One row per pupil for the school year ending in `endYear`. */
export function karaktergennemsnitFile(town: Town, residents: readonly SimPerson[], endYear: number): string {
  const rows: string[][] = [];
  for (const person of residents) {
    if (person.life.birthYear !== endYear - 16 || !town.random.chance(0.93)) continue;
    const grade = clamp(town.random.normal(meanGrade(person, endYear), 2.3), -3, 12);
    rows.push([person.id, grade.toFixed(1)]);
  }
  return csvText(['person_id', 'grade'], rows);
}
