/**
 * The README's command-line examples run as written: the `sh` block under "Examples on the demo's
 * own files" is taken from README.md itself, `npx indikator` pointed at this checkout's
 * `bin/indikator.js`, and run by bash in an empty folder. A README that names a file the demo
 * does not write, or a flag a command does not know, fails here.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, REPO, useTempDir } from './helpers.ts';

/** The first ```sh block after `marker` in README.md. */
function readmeBlock(marker: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf(marker));
  const match = /```sh\n([\s\S]*?)```/.exec(after);
  if (readme.indexOf(marker) < 0 || match?.[1] === undefined) throw new Error(`README.md has no sh block after "${marker}"`);
  return match[1];
}

function bash(script: string, cwd: string): Promise<{ code: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'INDIKATOR_SUPPRESSION_THRESHOLD', 'INDIKATOR_PSEUDONYM_KEY', 'INDIKATOR_DATA_DIR']) delete env[name];
  return new Promise((done) => {
    execFile('bash', ['-euo', 'pipefail', '-c', script], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr: String(stderr) });
    });
  });
}

describe('README examples', () => {
  const tmp = useTempDir('indikator-readme');

  it('run as written on the files `indikator demo --out` writes', { timeout: 300_000 }, async () => {
    const block = readmeBlock("Examples on the demo's own files");
    expect(block).toContain('indikator demo --out');
    const script = block.replaceAll('npx indikator', `node ${JSON.stringify(join(REPO, 'bin/indikator.js'))}`);
    const run = await bash(script, tmp.dir);
    expect(run.stderr.includes('Fejl') ? run.stderr : '').toBe('');
    expect(run.code).toBe(0);
    const folder = join(tmp.dir, 'demo-filer');
    for (const name of [
      'befolkning-2015.csv',
      'befolkning-2025.csv',
      'valgdeltagelse-KV2025.csv',
      'karaktergennemsnit-2024_2025.csv',
      'klassificeret.csv',
      'levering.csv',
    ]) {
      expect(existsSync(join(folder, name)), name).toBe(true);
    }
    const results = parseCsv(readFileSync(join(folder, 'resultater.csv'), 'utf8'));
    const header = results[0] ?? [];
    const rows = results.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const target = rows.find((r) => r.indicator === 'valgdeltagelse' && r.period === 'KV2025' && r.group === 'target' && r.breakdown === '');
    expect(target).toBeDefined();
    expect(Number(target?.value)).toBeGreaterThan(0);
    expect(Number(target?.value)).toBeLessThan(1);
  });
});
