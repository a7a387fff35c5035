/**
 * Golden-file comparison for generated SVG: numbers are normalised to two decimals before
 * comparing; on a mismatch the actual output is written beside the golden file as `*.actual.svg`
 * and the test fails. Set UPDATE_GOLDEN=1 to (re)write the golden files.
 */
import { join } from 'node:path';
import { compareWithGolden } from '../golden-file.ts';

const DIR = join(import.meta.dirname, '__golden__');

/** Rounds every decimal number in the text to at most two decimals. */
export function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (match) => {
    const rounded = Math.round(Number(match) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Compares `svg` with `__golden__/<name>.svg`; returns a message on mismatch, or null. */
export function checkGolden(name: string, svg: string): string | null {
  return compareWithGolden(DIR, `${name}.svg`, normaliseSvg(svg), normaliseSvg);
}
