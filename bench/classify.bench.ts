/**
 * Classifying a synthetic 1,000,000-person extract (`indikator classify`'s service, compiled, one
 * process): persons per second and peak memory. The same file is classified `RUNS` times, one after another;
 * the figure is the median run (a shared machine's wall times scatter by ±5 %), each run printed
 * beside it; the peak memory is the first run's (later ones may find the earlier's garbage).
 * Run: `node --import tsx bench/classify.bench.ts [national] [persons]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measure } from './measure.ts';
import { municipalityPicker } from './national-extract.ts';
import { compiled } from './product.ts';
import { writeSyntheticPopulation } from './synthetic-population.ts';

const { createPseudonymiser } = await compiled<typeof import('../src/ingest/index.ts')>('ingest/index');
const { classifyPopulation } = await compiled<typeof import('../src/services/classify.ts')>('services/classify');

const RUNS = 3;

/** `national`: with a `municipality` column over the 98 municipalities (counts per municipality). */
export async function benchClassify(persons = 1_000_000, national = false): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-'));
  try {
    const input = path.join(dir, 'population.csv');
    await writeSyntheticPopulation(input, persons, 1, national ? { municipality: municipalityPicker(2) } : {});
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'ab'.repeat(32) });
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(
        await measure(() => classifyPopulation({ input, output: path.join(dir, 'out.csv'), definition: 'origin', thirdGeneration: false }, pseudonymiser)),
      );
    }
    const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)] ?? runs[0];
    if (median === undefined) throw new Error('no run');
    const rate = Math.round(persons / median.seconds);
    const each = runs.map((run) => run.seconds.toFixed(2)).join(', ');
    return `classify ${persons.toLocaleString('en')} persons${national ? ' (98 municipalities)' : ''}: median of ${RUNS} runs ${median.seconds.toFixed(2)} s (runs ${each} s; CPU ${median.cpuSeconds.toFixed(1)} s), ${rate.toLocaleString('en')} persons/s, peak RSS ${runs[0]?.peakMb.toFixed(0)} MB`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const national = process.argv[2] === 'national';
  console.log(await benchClassify(Number(process.argv[national ? 3 : 2] ?? 1_000_000), national));
}
