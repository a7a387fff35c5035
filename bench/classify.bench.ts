/**
 * Classifying a synthetic 1,000,000-person extract (`indikator classify`'s service, one process):
 * persons per second and peak memory. Run: `node --import tsx bench/classify.bench.ts [persons]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { classifyPopulation } from '../src/services/classify.ts';
import { measure } from './measure.ts';
import { writeSyntheticPopulation } from './synthetic-population.ts';

export async function benchClassify(persons = 1_000_000): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-'));
  try {
    const input = path.join(dir, 'population.csv');
    await writeSyntheticPopulation(input, persons);
    const pseudonymiser = createPseudonymiser({ dataDir: dir, env: { INDIKATOR_PSEUDONYM_KEY: 'ab'.repeat(32) } });
    const run = await measure(() =>
      classifyPopulation({ input, output: path.join(dir, 'out.csv'), definition: 'origin', thirdGeneration: false }, pseudonymiser),
    );
    const rate = Math.round(persons / run.seconds);
    return `classify ${persons.toLocaleString('en')} persons: ${run.seconds.toFixed(2)} s, ${rate.toLocaleString('en')} persons/s, peak RSS ${run.peakMb.toFixed(0)} MB`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchClassify(Number(process.argv[2] ?? 1_000_000)));
}
