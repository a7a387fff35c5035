/**
 * Start-up of the command line as a person meets it: `indikator --help` and `indikator catalogue`
 * as child processes of the compiled `bin/indikator.js` (built first when `src/` changed), against
 * a bare `node -e 0` on the same machine. Median and minimum of `runs` runs after two warm-ups.
 *
 * Usage: node --import tsx bench/startup.bench.ts [runs]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? '15');
const repo = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'indikator-startup-'));
const env = { ...process.env, INDIKATOR_DATA_DIR: dataDir };

function seconds(args: readonly string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { cwd: repo, env, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

function timing(name: string, args: readonly string[]): string {
  for (let i = 0; i < 2; i++) seconds(args);
  const times = Array.from({ length: runs }, () => seconds(args)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return `${name}: median ${median.toFixed(3)} s, min ${(times[0] ?? Number.NaN).toFixed(3)} s (${runs} runs)`;
}

try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: repo, stdio: 'inherit' });
  console.log(
    [
      timing('start-up: node -e 0', ['-e', '0']),
      timing('start-up: indikator --help', ['bin/indikator.js', '--help']),
      timing('start-up: indikator catalogue', ['bin/indikator.js', 'catalogue']),
    ].join('\n'),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
