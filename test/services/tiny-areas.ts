/**
 * A valid `boligomraader-diversitet` delivery (CSV, `;`) built for load tests: housing areas of
 * municipality 101 holding 1–7 persons per group (nearly every cell small: the small-cell rule's
 * and its interval audit's worst case), optionally beside other municipalities' areas of hundreds
 * of persons (nothing to suppress), each row with a note of `noteLength` characters to reach a
 * file size. Counts come from a fixed-seed generator, so a file is the same every run.
 */
export interface TinyAreasOptions {
  /** Areas of 1–7 persons per group, in municipality 101. */
  tinyAreas: number;
  /** Municipalities (after 101) each with `largeAreas` areas of hundreds of persons. */
  largeMunicipalities?: number;
  largeAreas?: number;
  /** Characters of the note on every row (at most 1,000). */
  noteLength?: number;
}

const HEADER = 'municipality;indicator;period;group;breakdown;numerator;denominator;value;n;definition;third_generation;suppressed;note';
const GROUPS = ['target', 'comparison', 'other', 'total'] as const;
const OTHER_CODES = ['147', '151', '153', '155', '157', '159', '161', '163', '165', '167'];

/** The delivery's text; `rows` data rows, four per area. */
export function tinyAreasDelivery(options: TinyAreasOptions): string {
  let seed = 7;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((seed / 2_147_483_648) * below);
  };
  const note = 'x'.repeat(options.noteLength ?? 0);
  const lines = [HEADER];
  const area = (municipality: string, code: number, parts: readonly number[]) => {
    const total = parts.reduce((sum, p) => sum + p, 0);
    GROUPS.forEach((group, i) => {
      const numerator = group === 'total' ? total : (parts[i] ?? 0);
      lines.push(
        `${municipality};boligomraader-diversitet;2025;${group};area=A${String(code).padStart(5, '0')};${numerator};${total};;;origin;false;false;${note}`,
      );
    });
  };
  for (let a = 1; a <= options.tinyAreas; a++) area('101', a, [1 + next(7), 1 + next(7), 1 + next(7)]);
  for (const municipality of OTHER_CODES.slice(0, options.largeMunicipalities ?? 0)) {
    for (let a = 1; a <= (options.largeAreas ?? 0); a++) area(municipality, a, [100 + next(300), 100 + next(300), 100 + next(300)]);
  }
  return `${lines.join('\n')}\n`;
}
