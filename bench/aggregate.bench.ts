/**
 * Aggregating a synthetic 1,000,000-person municipality for every person-level indicator of one
 * year: read, pseudonymise and classify the population once, then join and count each indicator
 * file and suppress. Run: `node --import tsx bench/aggregate.bench.ts [persons]`, or
 * `… bench/aggregate.bench.ts national [persons]` for a 98-municipality extract.
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
import { nationalisePopulation } from './national-extract.ts';

/**
 * `national`: the extract's persons spread over the 98 municipalities, so that every indicator
 * writes each municipality's cells and the country's, suppressed together.
 */
export async function benchAggregate(persons = 1_000_000, national = false): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-'));
  try {
    // Generated in a child process, so that its memory is not counted as the aggregation's.
    const generate = ['--import', 'tsx', fileURLToPath(import.meta.url), national ? 'generate-national' : 'generate', dir, String(persons)];
    execFileSync(process.execPath, generate, { stdio: 'inherit' });
    const manifest = relocateManifest(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')), (name) => path.join(dir, name));
    const populationFile = manifest.populationFiles.at(-1)?.file ?? '';
    const entries = manifest.entries.filter((e) => e.populationFile === populationFile);
    const catalogue = loadCatalogue();
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'cd'.repeat(32) });
    const run = await measure(async () => {
      const population = await readClassifiedPopulation(populationFile, pseudonymiser);
      let cells = 0;
      for (const entry of entries) {
        const outcome = await aggregateIndicator(
          { indicatorId: entry.indicator, period: entry.period, population, dataFile: entry.dataFile },
          { catalogue, pseudonymiser, threshold: 5, municipality: DEMO_MUNICIPALITY.code },
        );
        cells += outcome.cells.length;
      }
      return { residents: population.population.rows.length, cells };
    });
    const { residents, cells } = run.result;
    return `aggregate ${entries.length} indicators${national ? `, national (98 municipalities, ${cells.toLocaleString('en')} cells)` : ''} over ${residents.toLocaleString('en')} residents: ${run.seconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${Math.round(residents / run.seconds).toLocaleString('en')} persons/s, peak RSS ${run.peakMb.toFixed(0)} MB`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  if (mode === 'generate' || mode === 'generate-national') {
    const manifest = await generateDemo({ seed: 7, outDir: process.argv[3] ?? '.', persons: Number(process.argv[4]), years: [2025, 2025] });
    for (const { file } of manifest.populationFiles) if (mode === 'generate-national') await nationalisePopulation(file, 2);
  } else if (mode === 'national') {
    console.log(await benchAggregate(Number(process.argv[3] ?? 1_000_000), true));
  } else {
    console.log(await benchAggregate(Number(mode ?? 1_000_000)));
  }
}
