/**
 * The ten invented housing areas of Demo Kommune. Two of them (Engparken and Lærkehaven) start
 * with a majority of non-Western residents; new arrivals spread more evenly over the years, so
 * diversity slowly increases.
 */
import type { Random } from './random.ts';

export interface DemoArea {
  code: string;
  name: string;
  /** A housing estate where non-Western households concentrate. */
  concentrated: boolean;
}

export const AREAS: readonly DemoArea[] = [
  { code: '0101', name: 'Nørrevang', concentrated: false },
  { code: '0102', name: 'Solbakken', concentrated: false },
  { code: '0103', name: 'Engparken', concentrated: true },
  { code: '0104', name: 'Skovhøj', concentrated: false },
  { code: '0105', name: 'Bøgelunden', concentrated: false },
  { code: '0106', name: 'Havnekvarteret', concentrated: false },
  { code: '0107', name: 'Lærkehaven', concentrated: true },
  { code: '0108', name: 'Kirkebakken', concentrated: false },
  { code: '0109', name: 'Åløkken', concentrated: false },
  { code: '0110', name: 'Vestervold', concentrated: false },
];

const ESTATES = AREAS.filter((a) => a.concentrated);
const OTHERS = AREAS.filter((a) => !a.concentrated);

/** True for the two estates where non-Western households concentrate. */
export function isConcentrated(area: string): boolean {
  return ESTATES.some((a) => a.code === area);
}

/** Who is choosing a home: the origin of the household's adults. */
export type Mover = 'danish' | 'western' | 'non_western';

/**
 * The share of a newly placed household that lands in one of the two concentrated estates (per
 * estate). Before 2015 non-Western households concentrate strongly; new arrivals less so each year,
 * while more Danish households move in.
 */
function concentratedWeight(mover: Mover, year: number): number {
  const t = Math.max(0, year - 2014);
  if (mover === 'non_western') return year < 2015 ? 0.27 : Math.max(0.12, 0.22 - 0.008 * t);
  if (mover === 'danish') return year < 2015 ? 0.03 : 0.032 + 0.002 * t;
  return 0.08;
}

/** The area code a household of `mover` settling in `year` moves to. */
export function chooseArea(random: Random, mover: Mover, year: number): string {
  const concentrated = concentratedWeight(mover, year);
  if (random.chance(concentrated * ESTATES.length)) return random.pick(ESTATES).code;
  return random.pick(OTHERS).code;
}
