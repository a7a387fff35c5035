/**
 * Aggregating a synthetic 1,000,000-person municipality for every person-level indicator of one
 * year: read, pseudonymise and classify the population once, then join and count each indicator
 * file and suppress. Run: `node --import tsx bench/aggregate.bench.ts [persons]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue/index.ts';
import { DEMO_MUNICIPALITY } from '../src/municipalities/index.ts';
import { generateDemo, relocateManifest } from '../src/demo/index.ts';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { aggregateIndicator, readClassifiedPopulation } from '../src/services/aggregate/index.ts';
import { measure } from './measure.ts';

export async function benchAggregate(persons = 1_000_000): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-'));
  try {
    // Generated in a child process, so that its memory is not counted as the aggregation's.
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'generate', dir, String(persons)], { stdio: 'inherit' });
    const manifest = relocateManifest(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')), (name) => path.join(dir, name));
    const populationFile = manifest.populationFiles.at(-1)?.file ?? '';
    const entries = manifest.entries.filter((e) => e.populationFile === populationFile);
    const catalogue = loadCatalogue();
    const pseudonymiser = createPseudonymiser({ dataDir: dir, env: { INDIKATOR_PSEUDONYM_KEY: 'cd'.repeat(32) } });
    const run = await measure(async () => {
      const population = await readClassifiedPopulation(populationFile, pseudonymiser);
      for (const entry of entries) {
        await aggregateIndicator(
          { indicatorId: entry.indicator, period: entry.period, population, dataFile: entry.dataFile },
          { catalogue, pseudonymiser, threshold: 5, municipality: DEMO_MUNICIPALITY.code },
        );
      }
      return population.population.rows.length;
    });
    const residents = run.result;
    return `aggregate ${entries.length} indicators over ${residents.toLocaleString('en')} residents: ${run.seconds.toFixed(2)} s, ${Math.round(residents / run.seconds).toLocaleString('en')} persons/s, peak RSS ${run.peakMb.toFixed(0)} MB`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'generate') {
    await generateDemo({ seed: 7, outDir: process.argv[3] ?? '.', persons: Number(process.argv[4]), years: [2025, 2025] });
  } else {
    console.log(await benchAggregate(Number(process.argv[2] ?? 1_000_000)));
  }
}
