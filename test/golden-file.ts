/**
 * Golden-file comparison shared by the chart and report tests: the output (already normalised by
 * the caller) is compared with `<dir>/<file>`; on a mismatch it is written beside it as
 * `<name>.actual.<ext>` and a message is returned for the test to fail with. UPDATE_GOLDEN=1
 * (re)writes the golden file instead.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Null when `normalised` equals the golden file (read through `normalise`), else why not. */
export function compareWithGolden(dir: string, file: string, normalised: string, normalise: (text: string) => string = (t) => t): string | null {
  const golden = join(dir, file);
  const ext = extname(file);
  const actual = join(dir, `${file.slice(0, -ext.length)}.actual${ext}`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(golden, normalised);
    rmSync(actual, { force: true });
    return null;
  }
  if (!existsSync(golden)) {
    writeFileSync(actual, normalised);
    return `no golden file ${golden}; the output is in ${actual} (run with UPDATE_GOLDEN=1 to accept it)`;
  }
  if (normalise(readFileSync(golden, 'utf8')) === normalised) {
    rmSync(actual, { force: true });
    return null;
  }
  writeFileSync(actual, normalised);
  return `${file} differs from the golden file; compare ${actual} with ${golden}`;
}
