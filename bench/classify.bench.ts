/**
 * Classifying a synthetic 1,000,000-person extract (`indikator classify`'s service, one process):
 * persons per second and peak memory. Run: `node --import tsx bench/classify.bench.ts [national] [persons]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { classifyPopulation } from '../src/services/classify.ts';
import { measure } from './measure.ts';
import { municipalityPicker } from './national-extract.ts';
import { writeSyntheticPopulation } from './synthetic-population.ts';

/** `national`: with a `municipality` column over the 98 municipalities (counts per municipality). */
export async function benchClassify(persons = 1_000_000, national = false): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-'));
  try {
    const input = path.join(dir, 'population.csv');
    await writeSyntheticPopulation(input, persons, 1, national ? { municipality: municipalityPicker(2) } : {});
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'ab'.repeat(32) });
    const run = await measure(() =>
      classifyPopulation({ input, output: path.join(dir, 'out.csv'), definition: 'origin', thirdGeneration: false }, pseudonymiser),
    );
    const rate = Math.round(persons / run.seconds);
    return `classify ${persons.toLocaleString('en')} persons${national ? ' (98 municipalities)' : ''}: ${run.seconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${rate.toLocaleString('en')} persons/s, peak RSS ${run.peakMb.toFixed(0)} MB`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const national = process.argv[2] === 'national';
  console.log(await benchClassify(Number(process.argv[national ? 3 : 2] ?? 1_000_000), national));
}
