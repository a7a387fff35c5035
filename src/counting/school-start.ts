/**
 * The age of the language assessment (sprogstimulering): the memo's "children from age 3 until
 * school start". A child normally starts school on 1 August of the calendar year it turns 6 (the
 * Folkeskole Act's start of compulsory education), so a child is of the assessment's age from its
 * third birthday until that day. The extract says nothing of a deferred or early school start, so
 * the normal start is the rule (docs/catalogue.md, "Decision — the age rule").
 */
import { ageAt } from './age-at.ts';

/**
 * The day a child born on `birthDate` normally starts school: 1 August of the year it turns 6.
 *
 * @example normalSchoolStart('2019-11-20') // '2025-08-01'
 */
export function normalSchoolStart(birthDate: string): string {
  return `${Number(birthDate.slice(0, 4)) + 6}-08-01`;
}

/**
 * Whether a child born on `birthDate` is aged 3 or more and has not yet reached the normal school
 * start on `date` (both `YYYY-MM-DD`).
 *
 * @example ofAssessmentAge('2021-03-01', '2024-03-01') // true: the third birthday
 * @example ofAssessmentAge('2019-03-01', '2025-07-31') // true: 6, but school starts on 1 August
 * @example ofAssessmentAge('2019-11-20', '2025-08-01') // false: 5, but at school
 */
export function ofAssessmentAge(birthDate: string, date: string): boolean {
  return ageAt(birthDate, date) >= 3 && date < normalSchoolStart(birthDate);
}
