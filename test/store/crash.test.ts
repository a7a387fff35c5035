/**
 * "A crash loses nothing that was committed, and leaves nothing half-written": a child process
 * saves 20,000-cell deliveries in a loop and is killed with SIGKILL at seeded random moments —
 * before, during and between transactions. After every kill the store must be consistent and hold
 * every delivery the child reported as committed. Also: two processes writing to one SQLite file
 * at once serialise cleanly (BEGIN IMMEDIATE + busy timeout).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { backends, type TestDatabase } from './backends.ts';
import { INTEGRITY_QUERIES, runAndKill, seededRandom, startWriter } from './crash-harness.ts';

const CELLS = 20_000;

function writerArgs(db: TestDatabase, cells: number): string[] {
  return [db.options.dataDir, String(cells), ...(db.options.databaseUrl ? [db.options.databaseUrl] : [])];
}

async function expectConsistent(db: TestDatabase, committed: readonly string[]): Promise<void> {
  for (const [name, query] of Object.entries(INTEGRITY_QUERIES)) {
    expect({ name, rows: await db.exec(query) }).toEqual({ name, rows: [] });
  }
  const stored = (await db.exec('select indicator, period, version from deliveries')) as {
    indicator: string;
    period: string;
    version: number;
  }[];
  const keys = new Set(stored.map((r) => `${r.indicator} ${r.period} ${r.version}`));
  expect(committed.filter((c) => !keys.has(c))).toEqual([]);
}

describe.each(backends)('crash safety on $name', ({ name, create }) => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('keeps every committed delivery and no partial one when the writer is killed with SIGKILL', async () => {
    db = await create();
    const rounds = name === 'sqlite' ? 5 : 3;
    const random = seededRandom(20250301);
    const committed: string[] = [];
    let midSave = 0;
    for (let round = 0; round < rounds; round++) {
      const killAfterBegin = 1 + Math.floor(random() * 4);
      // Even rounds aim inside the save (its second half is the INSERTs), odd rounds anywhere,
      // including between two saves.
      const fraction = round % 2 === 0 ? 0.45 + random() * 0.5 : random() * 1.3;
      const run = await runAndKill(writerArgs(db, CELLS), killAfterBegin, fraction);
      expect(run.stderr).toBe('');
      expect(run.signal).toBe('SIGKILL');
      committed.push(...run.committed);
      if (run.killedMidSave) midSave += 1;
      if (name === 'sqlite') expect(await db.exec('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      await expectConsistent(db, committed);
    }
    expect(midSave).toBeGreaterThanOrEqual(1);
    expect(committed.length).toBeGreaterThanOrEqual(1);

    const store = await openStore(db.options);
    try {
      const latest = await store.latestDeliveries();
      expect(latest.every((d) => d.cells.length === CELLS && d.cellCount === CELLS)).toBe(true);
      const stats = await store.stats();
      expect(stats.cells).toBe(stats.deliveries * CELLS);
      expect(stats.audit).toBe(stats.deliveries);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('lets two processes write at once without losing or duplicating a version', async () => {
    db = await create();
    const a = startWriter(writerArgs(db, 2000));
    const b = startWriter(writerArgs(db, 2000));
    const exited = [a, b].map((c) => new Promise((r) => c.on('exit', r)));
    const output = new Map([
      [a, ''],
      [b, ''],
    ]);
    for (const child of [a, b]) {
      child.stdout?.on('data', (c: Buffer) => output.set(child, (output.get(child) ?? '') + c.toString()));
      child.stderr?.on('data', (c: Buffer) => output.set(child, `${output.get(child) ?? ''}ERR ${c.toString()}`));
    }
    const committedBy = (child: typeof a) => (output.get(child)?.match(/^committed /gm) ?? []).length;
    const deadline = performance.now() + 15_000;
    const running = (c: typeof a) => c.exitCode === null && c.signalCode === null;
    while ((committedBy(a) < 5 || committedBy(b) < 5) && running(a) && running(b) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    a.kill('SIGKILL');
    b.kill('SIGKILL');
    await Promise.all(exited);
    expect(output.get(a)).not.toContain('ERR');
    expect(output.get(b)).not.toContain('ERR');
    expect(committedBy(a)).toBeGreaterThanOrEqual(5);
    expect(committedBy(b)).toBeGreaterThanOrEqual(5);
    const lines = [...output.values()].join('').match(/^committed .*$/gm) ?? [];
    await expectConsistent(
      db,
      lines.map((l) => l.split(' ').slice(1, 4).join(' ')),
    );
  }, 60_000);
});
