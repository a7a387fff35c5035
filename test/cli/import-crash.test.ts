/**
 * Crash safety of `indikator import` (issue: "killing the process at any moment of an import
 * leaves the store with the previous state or the new one, never a mix"): a real `kill -9` of the
 * CLI process at spread-out moments of importing a 20,000-cell delivery, then a look at the store.
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
    for (const [group, x] of [['target', t], ['comparison', c], ['other', o], ['total', total]] as const) {
      lines.push(`${INDICATOR},2025,${group},${area},${x},${total},origin,false`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Starts an import and kills it with SIGKILL after `delayMs`; resolves with how it ended. */
function importKilledAfter(file: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/indikator.js', 'import', file], {
      cwd: REPO,
      env: { ...process.env, INDIKATOR_DATA_DIR: dir, INDIKATOR_PSEUDONYM_KEY: KEY_A, DATABASE_URL: '' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : code === 0 ? 'finished' : 'killed');
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

    const outcomes: string[] = [];
    // Spread over start-up, validation and the write transaction (the import takes about 2 s here;
    // the store's own crash test kills deterministically inside the transaction).
    for (const [i, delay] of [800, 1100, 1300, 1450, 1600, 1750, 1900, 2100, 60_000].entries()) {
      const file = path.join(dir, `delivery-${i}.csv`);
      await writeFile(file, bigDelivery(i + 1));
      outcomes.push(await importKilledAfter(file, delay));

      const store = await openStore({ dataDir: dir });
      try {
        const versions = await store.deliveryVersions(INDICATOR, '2025');
        expect(versions.map((v) => v.version)).toEqual(versions.map((_, k) => k + 1));
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
    expect(outcomes).toContain('killed');
    expect(outcomes.at(-1)).toBe('finished');
  }, 180_000);
});
