/**
 * Writes the demo's synthetic national set, `src/demo/data/national-set.json`: every municipality
 * simulated by the demo's generator at small scale and run through the national aggregate path
 * (src/services/demo-national.ts). Run it again after changing a definition, the generator or the
 * suppression rule; `test/services/demo-national.test.ts` fails until the committed file matches.
 *
 *   node --import tsx scripts/demo-national-set.ts [--persons N] [--from YEAR] [--out FILE]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/catalogue/index.ts';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { NATIONAL_SET_FILE, NATIONAL_SET_PARAMETERS, writeNationalSet } from '../src/services/demo-national.ts';

const { values } = parseArgs({ options: { persons: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' } } });
const out = values.out ?? NATIONAL_SET_FILE;
const keyDir = mkdtempSync(path.join(os.tmpdir(), 'indikator-national-key-'));
try {
  // A throwaway key: ids are pseudonymised on read and nothing keyed leaves the run.
  const pseudonymiser = createPseudonymiser({ dataDir: keyDir });
  const started = performance.now();
  const parameters = {
    ...NATIONAL_SET_PARAMETERS,
    ...(values.persons ? { persons: Number(values.persons) } : {}),
    ...(values.from ? { aggregateFrom: Number(values.from) } : {}),
  };
  const figures = await writeNationalSet(out, { catalogue: loadCatalogue(), pseudonymiser, threshold: 5 }, parameters);
  process.stdout.write(`${figures} figures written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} finally {
  rmSync(keyDir, { recursive: true, force: true });
}
