/**
 * Convictions: one row per offence committed in the year by residents aged 15 or over at the time.
 * Young men offend most; the target group's excess shrinks over the years. About half the offences
 * lead to a conviction, some months later, most of them under the Criminal Code.
 */
import { csvText } from '../csv.ts';
import { isoOfDay } from '../days.ts';
import type { SimPerson } from '../person.ts';
import type { Town } from '../town.ts';
import { ageOn, byProfile, sinceStart } from './rates.ts';

const OFFENCE_COUNT = { 1: 0.7, 2: 0.2, 3: 0.1 };

function offenceRate(person: SimPerson, year: number, age: number): number {
  const byAge = age < 18 ? 0.035 : age < 25 ? 0.04 : age < 30 ? 0.025 : age < 50 ? 0.012 : 0.003;
  const sex = person.sex === 'M' ? 1.6 : 0.4;
  const group = byProfile(person.profile, 1, 1.5, 0.9, 2.2 - 0.06 * sinceStart(year));
  return byAge * sex * group;
}

/** The laws of a conviction and their shares, as thresholds of 0..99. */
const LAWS: readonly [number, string][] = [
  [60, 'criminal_code'],
  [80, 'drugs'],
  [85, 'weapons'],
  [100, 'other'],
];

/**
 * The conviction an offence led to, if any: `[conviction_date, law]`, or two empty cells. Chosen
 * from the id and the day, not drawn from the town's random stream, so that no other figure of
 * the demo moves.
 */
function conviction(id: string, day: number): [string, string] {
  let hash = 0;
  for (const ch of `${id}:${day}`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  if (hash % 100 >= 55) return ['', ''];
  const law = LAWS.find(([upTo]) => Math.floor(hash / 100) % 100 < upTo)?.[1] ?? 'other';
  return [isoOfDay(day + 60 + (hash % 240)), law];
}

/** Offences committed in `year` (first..last day numbers) by the residents of 31 December. */
export function kriminalitetFile(town: Town, residents: readonly SimPerson[], year: number, first: number, last: number): string {
  const rows: string[][] = [];
  const r = town.random;
  for (const person of residents) {
    const from = Math.max(first, person.life.day15, person.inDay);
    if (from > last || !r.chance(offenceRate(person, year, ageOn(person, last)))) continue;
    const count = Number(r.weighted(OFFENCE_COUNT));
    const days = Array.from({ length: count }, () => r.int(from, last)).sort((a, b) => a - b);
    for (const day of days) rows.push([person.id, isoOfDay(day), ...conviction(person.id, day)]);
  }
  return csvText(['person_id', 'offence_date', 'conviction_date', 'law'], rows);
}
