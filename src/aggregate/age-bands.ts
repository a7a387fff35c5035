/**
 * The age bands used for direct age standardisation, per indicator. The bands are the ones the
 * standardisation compares target and comparison group on; a breakdown cell is `ageband=<label>`.
 */

/** An age band: `from` and `to` included; `to` null means "and older". */
export interface AgeBand {
  label: string;
  from: number;
  to: number | null;
}

function band(from: number, to: number | null): AgeBand {
  return { label: to === null ? `${from}+` : `${from}-${to}`, from, to };
}

export const SOCIALPSYKIATRI_BANDS: readonly AgeBand[] = [band(18, 29), band(30, 49), band(50, 64), band(65, null)];
export const HJEMMEPLEJE_BANDS: readonly AgeBand[] = [band(0, 64), band(65, 74), band(75, 84), band(85, null)];
export const CHILD_BANDS: readonly AgeBand[] = [band(0, 5), band(6, 11), band(12, 17)];
export const KRIMINALITET_BANDS: readonly AgeBand[] = [band(15, 17), band(18, 29), band(30, 49), band(50, null)];

/** The breakdown text of the band that holds `age`, or null when no band does. */
export function ageBandBreakdown(bands: readonly AgeBand[], age: number): string | null {
  const found = bands.find((b) => age >= b.from && (b.to === null || age <= b.to));
  return found === undefined ? null : `ageband=${found.label}`;
}

/** Every band's breakdown text, in order. */
export function ageBandBreakdowns(bands: readonly AgeBand[]): string[] {
  return bands.map((b) => `ageband=${b.label}`);
}
