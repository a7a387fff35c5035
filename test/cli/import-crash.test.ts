/**
 * Crash safety of `indikator import` (issue: "killing the process at any moment of an import
 * leaves the store with the previous state or the new one, never a mix"): a real `kill -9` of the
 * CLI process at chosen points of importing a 20,000-cell delivery — before the write transaction,
 * at each kind of statement inside it, just before COMMIT — then a look at the store. A preloaded
 * fixture stops the process at the point, so no kill depends on how fast the machine is.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { KEY_A, REPO, runCli } from './helpers.ts';

const INDICATOR = 'boligomraader-diversitet';
const AREAS = 5000;
let dir: string;

/** A valid delivery with one cell per group and area; `shift` makes each file's content different. */
function bigDelivery(shift: number): string {
  const lines = ['indicator,period,group,breakdown,numerator,denominator,definition,third_generation'];
  for (let a = 0; a < AREAS; a++) {
    const area = `area=${String(a).padStart(5, '0')}`;
    const [t, c, o] = [20 + ((a + shift) % 7), 60 + (a % 11), 10 + (a % 5)];
    const total = t + c + o;
    for (const [group, x] of [
      ['target', t],
      ['comparison', c],
      ['other', o],
      ['total', total],
    ] as const) {
      lines.push(`${INDICATOR},2025,${group},${area},${x},${total},origin,false`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const PAUSE_HOOK = path.join(REPO, 'test/cli/fixtures/pause-in-import.mjs');

/**
 * Starts an import that stops just before `point` (see the fixture) and SIGKILLs it there; resolves
 * with 'killed' only when the kill landed at that point, 'finished' when it ran to the end, and
 * rejects when the process ended any other way (the point was never reached: a missed kill).
 */
function importKilledAt(file: string, point: string | null): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PAUSE_HOOK, 'bin/indikator.js', 'import', file], {
      cwd: REPO,
      env: { ...process.env, INDIKATOR_DATA_DIR: dir, INDIKATOR_PSEUDONYM_KEY: KEY_A, DATABASE_URL: '', INDIKATOR_TEST_PAUSE: point ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let paused = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!paused && stderr.includes('paused\n')) {
        paused = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (paused && signal === 'SIGKILL') resolve('killed');
      else if (point === null && code === 0) resolve('finished');
      else reject(new Error(`import ${point ?? ''} ended with ${signal ?? code} without pausing: ${stderr}`));
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kill -9 during indikator import', () => {
  it('leaves the previous version or the new one, never a partial delivery', async () => {
    const seed = path.join(dir, 'seed.csv');
    await writeFile(seed, bigDelivery(0));
    expect((await runCli(['import', seed], { dataDir: dir })).code).toBe(0);

    // Before the transaction, inside it at each kind of statement, and just before COMMIT; then
    // once to the end. The fixture stops the process at each point, so every kill lands there.
    const points = ['start', 'delivery', 'cells:1', 'cells:10', 'audit', 'commit', null];
    for (const [i, point] of points.entries()) {
      const file = path.join(dir, `delivery-${i}.csv`);
      await writeFile(file, bigDelivery(1)); // differs from the seed; no killed import stores it
      const outcome = await importKilledAt(file, point);
      expect(outcome).toBe(point === null ? 'finished' : 'killed');

      const store = await openStore({ dataDir: dir });
      try {
        const versions = await store.deliveryVersions(INDICATOR, '2025');
        // Killed before COMMIT ran: the seed's version alone; run to the end: the new one beside it.
        expect(versions.map((v) => v.version)).toEqual(point === null ? [1, 2] : [1]);
        for (const v of versions) {
          const delivery = await store.getDelivery(v.id);
          expect(delivery?.cells.length).toBe(AREAS * 4);
          expect(delivery?.cellCount).toBe(AREAS * 4);
        }
        const imports = await store.auditLog({ action: 'delivery.import' });
        expect(imports.length).toBe(versions.length);
      } finally {
        await store.close();
      }
    }
  }, 180_000);
});
