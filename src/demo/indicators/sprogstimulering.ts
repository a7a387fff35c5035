/**
 * The language assessment of three-year-olds: every bilingual child (not of Danish origin, or a
 * child of descendants) is assessed, and a quarter of the others. Fewer bilingual children are
 * assessed as needing stimulation, and more of them attend day care, as the years pass. Each row
 * carries the child's mother tongue as an office writes it (`dansk`, `arabisk`, `ar` …), blank for
 * about one child in ten, so that the figure by language uses its fallback (origin).
 */
import { csvText } from '../csv.ts';
import { dayOf, isoOfDay } from '../days.ts';
import type { Profile, SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { byProfile, sinceStart } from './rates.ts';

/** A fixed 0–60 day delay after the third birthday, so that each child falls in one period. */
function assessmentDay(person: SimPerson): number {
  return person.life.day3 + ((person.index * 7919) % 61);
}

function assessed(person: SimPerson): boolean {
  return person.profile !== 'danish' || (person.index * 31) % 100 < 25;
}

/** Mother tongues and their shares per profile, as thresholds of 0..99 ('' = not given). */
const TONGUES: Readonly<Record<Profile, readonly [number, string][]>> = {
  danish: [
    [88, 'dansk'],
    [92, 'Dansk'],
    [94, 'da'],
    [96, 'engelsk'],
    [100, ''],
  ],
  third: [
    [30, 'arabisk'],
    [42, 'tyrkisk'],
    [50, 'urdu'],
    [55, 'ar'],
    [89, 'dansk'],
    [92, 'uoplyst'],
    [100, ''],
  ],
  western: [
    [20, 'polsk'],
    [34, 'tysk'],
    [44, 'engelsk'],
    [52, 'rumænsk'],
    [56, 'pl'],
    [90, 'dansk'],
    [100, ''],
  ],
  non_western: [
    [24, 'arabisk'],
    [38, 'somali'],
    [48, 'tyrkisk'],
    [56, 'persisk'],
    [62, 'tigrinya'],
    [68, 'ar'],
    [72, 'so'],
    [88, 'dansk'],
    [100, ''],
  ],
};

/**
 * The child's mother tongue, chosen from the id and not drawn from the town's random stream, so
 * that no other figure of the demo moves.
 */
function motherTongue(person: SimPerson): string {
  let hash = 0;
  for (const ch of `${person.id}:modersmaal`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return TONGUES[person.profile].find(([upTo]) => hash % 100 < upTo)?.[1] ?? '';
}

/** Assessments from 1 October of `endYear - 1` to 30 September of `endYear`. */
export function sprogstimuleringFile(town: Town, residents: readonly SimPerson[], endYear: number): string {
  const first = dayOf(endYear - 1, 10, 1);
  const last = dayOf(endYear, 9, 30);
  const t = sinceStart(endYear);
  const rows: string[][] = [];
  for (const person of residents) {
    const day = assessmentDay(person);
    if (day < first || day > last || day < person.inDay || !assessed(person)) continue;
    const needs = byProfile(person.profile, 0.08, 0.3, 0.25, 0.45 - 0.01 * t);
    const dayCare = byProfile(person.profile, 0.96, 0.9, 0.85, 0.72 + 0.015 * t);
    const r = town.random;
    rows.push([person.id, isoOfDay(day), r.chance(needs) ? '1' : '0', r.chance(dayCare) ? '1' : '0', motherTongue(person)]);
  }
  return csvText(['person_id', 'assessment_date', 'needs_stimulation', 'in_day_care', 'language'], rows);
}
