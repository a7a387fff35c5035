/**
 * Age bands as written in the `ageband` breakdown: `0-17` (both ends included) or `80+` (open
 * upwards). Age standardisation weights the bands' rates, so the bands of an indicator must follow
 * each other without gaps or overlaps; this module reads them and checks that.
 */
import { AGEBAND_KEY } from './schema/breakdown-schema.ts';
import type { Indicator } from './schema/indicator-schema.ts';
import type { Localized } from '../language/index.ts';

/** An age band: ages `from` to `to` (completed years, both included); `to` null means "and over". */
export interface AgeBand {
  readonly code: string;
  readonly from: number;
  readonly to: number | null;
}

/**
 * Reads an age band code, or returns undefined when it is not one.
 *
 * @example parseAgeBand('18-29') // { code: '18-29', from: 18, to: 29 }
 * @example parseAgeBand('85+')   // { code: '85+', from: 85, to: null }
 */
export function parseAgeBand(code: string): AgeBand | undefined {
  const closed = /^(\d{1,3})-(\d{1,3})$/.exec(code);
  if (closed !== null) {
    const from = Number(closed[1]);
    const to = Number(closed[2]);
    return from <= to ? { code, from, to } : undefined;
  }
  const open = /^(\d{1,3})\+$/.exec(code);
  return open === null ? undefined : { code, from: Number(open[1]), to: null };
}

/**
 * Why a list of age band codes cannot be used, or undefined when they are valid: every code an
 * age band, each starting the year after the previous one ends, only the last one open.
 */
export function ageBandProblem(codes: readonly string[]): Localized | undefined {
  let previous: AgeBand | undefined;
  for (const code of codes) {
    const band = parseAgeBand(code);
    if (band === undefined) {
      return { da: `»${code}« er ikke et aldersinterval (skriv fx 0-17 eller 80+)`, en: `"${code}" is not an age band (write e.g. 0-17 or 80+)` };
    }
    if (previous !== undefined && (previous.to === null || band.from !== previous.to + 1)) {
      return {
        da: `»${code}« følger ikke direkte efter »${previous.code}«; aldersintervallerne skal stå i rækkefølge uden huller eller overlap`,
        en: `"${code}" does not directly follow "${previous.code}"; age bands must be in order without gaps or overlaps`,
      };
    }
    previous = band;
  }
  return undefined;
}

/** The age bands of an indicator's `ageband` breakdown, youngest first; empty when it has none. */
export function ageBands(indicator: Indicator): AgeBand[] {
  const breakdown = indicator.breakdowns.find((b) => b.key === AGEBAND_KEY);
  return (breakdown?.values ?? []).flatMap((value) => parseAgeBand(value.code) ?? []);
}

/** The band a person of `age` completed years falls in, or undefined when outside all bands. */
export function ageBandOf(bands: readonly AgeBand[], age: number): AgeBand | undefined {
  return bands.find((band) => age >= band.from && (band.to === null || age <= band.to));
}
