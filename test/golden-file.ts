/**
 * Golden-file comparison shared by the chart and report tests: the output (already normalised by
 * the caller) is compared with `<dir>/<file>`; on a mismatch it is written beside it as
 * `<name>.actual.<ext>` and a message is returned for the test to fail with. UPDATE_GOLDEN=1
 * (re)writes the golden file instead.
 *
 * Markup is stored one element per line (a line break between `>` and `<`), so that a change to a
 * golden file is a readable diff of a few lines rather than one changed line of thousands of
 * characters. The comparison is made on that form on both sides, so a golden file written on one
 * line (before this rule) still compares equal until it is next updated.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One element per line: a line break between every `>` and the `<` that follows it directly. */
export function oneElementPerLine(markup: string): string {
  const lines = markup.replace(/></g, '>\n<');
  return lines.endsWith('\n') ? lines : `${lines}\n`;
}

/** Null when `normalised` equals the golden file (read through `normalise`), else why not. */
export function compareWithGolden(dir: string, file: string, normalised: string, normalise: (text: string) => string = (t) => t): string | null {
  const golden = join(dir, file);
  const ext = extname(file);
  const actual = join(dir, `${file.slice(0, -ext.length)}.actual${ext}`);
  const stored = oneElementPerLine(normalised);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(golden, stored);
    rmSync(actual, { force: true });
    return null;
  }
  if (!existsSync(golden)) {
    writeFileSync(actual, stored);
    return `no golden file ${golden}; the output is in ${actual} (run with UPDATE_GOLDEN=1 to accept it)`;
  }
  if (oneElementPerLine(normalise(readFileSync(golden, 'utf8'))) === stored) {
    rmSync(actual, { force: true });
    return null;
  }
  writeFileSync(actual, stored);
  return `${file} differs from the golden file; compare ${actual} with ${golden} (diff -u)`;
}
