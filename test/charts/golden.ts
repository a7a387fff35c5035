/**
 * Golden-file comparison for generated SVG: numbers are normalised to two decimals before
 * comparing; on a mismatch the actual output is written beside the golden file as `*.actual.svg`
 * and the test fails. Set UPDATE_GOLDEN=1 to (re)write the golden files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  const golden = join(DIR, `${name}.svg`);
  const actual = join(DIR, `${name}.actual.svg`);
  const normalised = normaliseSvg(svg);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(golden, normalised);
    rmSync(actual, { force: true });
    return null;
  }
  if (!existsSync(golden)) {
    writeFileSync(actual, normalised);
    return `no golden file ${golden}; the output is in ${actual} (run with UPDATE_GOLDEN=1 to accept it)`;
  }
  if (normaliseSvg(readFileSync(golden, 'utf8')) === normalised) {
    rmSync(actual, { force: true });
    return null;
  }
  writeFileSync(actual, normalised);
  return `${name}.svg differs from the golden file; compare ${actual} with ${golden}`;
}
