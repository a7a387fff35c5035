/**
 * Runs the crash-writer fixture as a child process and kills it with SIGKILL at a chosen moment;
 * and the integrity checks that must hold on the store afterwards. Used by crash.test.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../../src/demo/random.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A seeded pseudo-random generator (the demo's mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  return createRandom(seed).next;
}

export interface WriterRun {
  /** `indicator period version` of every commit the child reported. */
  committed: string[];
  /** The child was killed after printing `begin` and before printing `committed`. */
  killedMidSave: boolean;
  stderr: string;
  signal: NodeJS.Signals | null;
}

/** Starts a writer child: `node --import tsx crash-writer.ts <args>`. */
export function startWriter(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', FIXTURE, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs a writer and SIGKILLs it `delayFraction` × (the last observed save duration) after its
 * `killAfterBegin`-th `begin` line. A fraction above 1 usually lands between two saves.
 */
export function runAndKill(args: string[], killAfterBegin: number, delayFraction: number): Promise<WriterRun> {
  const child = startWriter(args);
  const run: WriterRun = { committed: [], killedMidSave: false, stderr: '', signal: null };
  let begins = 0;
  let inSave = false;
  let beganAt = 0;
  let lastDuration = 250;
  let killing = false;
  const kill = () => {
    if (killing) return;
    killing = true;
    run.killedMidSave = inSave;
    child.kill('SIGKILL');
  };
  const safety = setTimeout(kill, 20_000);
  child.stderr?.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString();
  });
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (killing) return;
    if (line.startsWith('begin ')) {
      begins += 1;
      inSave = true;
      beganAt = performance.now();
      if (begins === killAfterBegin) setTimeout(kill, delayFraction * lastDuration);
    } else if (line.startsWith('committed ')) {
      inSave = false;
      lastDuration = performance.now() - beganAt;
      run.committed.push(line.split(' ').slice(1, 4).join(' '));
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (_code, signal) => {
      clearTimeout(safety);
      run.signal = signal;
      resolve(run);
    });
  });
}

/** SQL whose result must be empty on a consistent store (portable across SQLite and PostgreSQL). */
export const INTEGRITY_QUERIES = {
  cellCountMismatch: `select d.id, d.cell_count, coalesce(c.n, 0) as n from deliveries d
    left join (select delivery_id, count(*) as n from delivery_cells group by delivery_id) c on c.delivery_id = d.id
    where coalesce(c.n, 0) <> d.cell_count`,
  versionGaps: `select indicator, period, count(*) as n, min(version) as lo, max(version) as hi from deliveries
    group by indicator, period having min(version) <> 1 or max(version) <> count(*)`,
  deliveriesWithoutOneImportAudit: `select d.id from deliveries d where (select count(*) from audit_log a
    where a.action = 'delivery.import' and a.object_id = cast(d.id as text)) <> 1`,
  auditWithoutDelivery: `select a.id from audit_log a where a.action = 'delivery.import'
    and not exists (select 1 from deliveries d where cast(d.id as text) = a.object_id)`,
} as const;
