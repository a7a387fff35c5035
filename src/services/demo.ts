/**
 * `demo`: generates the synthetic demo municipality (person-level files, `demo/`) and runs every
 * file through the real path — `aggregate` (classification, join, suppression) and `import`
 * (validation, versioned storage, audit) — exactly as a department's delivery would go.
 */
import { areaListFileName } from '../demo/area-list.ts';
import { saveAreaList } from './housing-list/index.ts';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../catalogue/index.ts';
import { DEMO_MUNICIPALITY, type DemoManifest, type DemoManifestEntry, entriesByPopulation, generateDemo } from '../demo/index.ts';
import type { Pseudonymiser } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { aggregateIndicator, type ClassifiedPopulation, readClassifiedPopulation, writeDeliveryFile } from './aggregate-delivery/index.ts';
import { importComparison } from './exchange/index.ts';
import { importDelivery } from './import/import-delivery.ts';
import { NATIONAL_SET_FILE } from './demo-national.ts';
import { seedStatbankCache } from './context-figures/recorded-cache.ts';

/** The demo's seed: the same municipality on every machine. */
export const DEMO_SEED = 2025;
/**
 * The demo's StatBank answers: SYNTHETIC, in the client's recorded format, for `999` and the
 * country (written by `scripts/demo-statbank.ts`; docs/statbank.md, "The demo's answers").
 */
export const DEMO_STATBANK_DIR: string = fileURLToPath(new URL('../demo/data/statbank', import.meta.url));
/** Housing-area names for the dashboard live beside the store. */
export const AREA_NAMES_FILE = 'areas.csv';

export interface DemoDeps {
  store: Store;
  catalogue: Catalogue;
  pseudonymiser: Pseudonymiser;
  threshold: number;
  dataDir: string;
  /** The own municipality's code: the demo's cells belong to it (default `999`, the demo's own). */
  municipality?: string;
}

export interface DemoSummary {
  deliveries: number;
  created: number;
  persons: number;
  /** Figures of the synthetic national set imported as comparison figures (0 when already there). */
  comparisonFigures: number;
  /** Synthetic StatBank answers put into the cache (0 when already there). */
  statbankAnswers: number;
}

/**
 * `demo --out DIR`: writes the demo's input files — `befolkning-<year>.csv`, one person-level
 * file per indicator and period (`<indicator>-<period>.csv`), `areas.csv` and `manifest.json` —
 * without loading anything, so that a new user can try `classify`, `aggregate` and `import` on
 * them. Person-level and synthetic: nothing here is suppressed because nothing here is real.
 */
export async function writeDemoFiles(outDir: string, options: { seed?: number; persons?: number } = {}): Promise<DemoManifest> {
  return generateDemo({ seed: options.seed ?? DEMO_SEED, outDir, ...(options.persons ? { persons: options.persons } : {}) });
}

/** Whether the store holds no delivery yet (`indikator serve --demo` loads the demo only then). */
export async function storeIsEmpty(store: Store): Promise<boolean> {
  return (await store.stats()).deliveries === 0;
}

export interface DemoOptions {
  seed?: number;
  persons?: number;
  onProgress?: (done: number, total: number) => void;
  /** Import the committed synthetic national set as comparison figures (default true). */
  nationalSet?: boolean;
  /** Put the demo's synthetic StatBank answers into the cache, for `statbank fetch --offline` (default true). */
  statbank?: boolean;
}

export async function loadDemo(deps: DemoDeps, options: DemoOptions = {}): Promise<DemoSummary> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'indikator-demo-'));
  try {
    const manifest = await generateDemo({ seed: options.seed ?? DEMO_SEED, outDir: workDir, ...(options.persons ? { persons: options.persons } : {}) });
    await copyFile(manifest.areasFile, path.join(deps.dataDir, AREA_NAMES_FILE));
    // The ministry's list of the last year, as `housing-criteria --save` would keep it.
    await saveAreaList(path.join(workDir, areaListFileName(manifest.years[1])), deps.dataDir);
    let done = 0;
    let created = 0;
    for (const [populationFile, entries] of entriesByPopulation(manifest.entries)) {
      const population = await readClassifiedPopulation(populationFile, deps.pseudonymiser);
      for (const entry of entries) {
        created += await deliverEntry(entry, population, workDir, deps);
        options.onProgress?.(++done, manifest.entries.length);
      }
    }
    const comparisonFigures = options.nationalSet === false ? 0 : await importNationalSet(deps);
    const statbankAnswers = options.statbank === false ? 0 : await seedStatbankCache(deps.store, DEMO_STATBANK_DIR);
    return { deliveries: manifest.entries.length, created, persons: manifest.persons, comparisonFigures, statbankAnswers };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function deliverEntry(entry: DemoManifestEntry, population: ClassifiedPopulation, workDir: string, deps: DemoDeps): Promise<number> {
  const outcome = await aggregateIndicator(
    { indicatorId: entry.indicator, period: entry.period, population, dataFile: entry.dataFile },
    { catalogue: deps.catalogue, pseudonymiser: deps.pseudonymiser, threshold: deps.threshold, municipality: own(deps) },
  );
  const file = path.join(workDir, `levering-${entry.indicator}-${entry.period.replaceAll('/', '_')}.csv`);
  await writeDeliveryFile(file, outcome.indicator, outcome.period, outcome.cells);
  const imported = await importDelivery(
    { file, actor: 'demo', source: 'demo', threshold: deps.threshold, municipality: own(deps) },
    deps.catalogue,
    deps.store,
  );
  return imported.filter((d) => d.outcome === 'created').length;
}

/**
 * The synthetic national set (every municipality and the country, generated by
 * `scripts/demo-national-set.ts`) as comparison figures, through the same import as any other
 * installation's export: the definitions are checked, the set is audited and marked synthetic.
 */
async function importNationalSet(deps: DemoDeps): Promise<number> {
  const saved = await importComparison({ file: NATIONAL_SET_FILE, actor: 'demo', ownMunicipality: own(deps) }, deps.catalogue, deps.store);
  return saved.outcome === 'created' ? saved.set.figureCount : 0;
}

function own(deps: DemoDeps): string {
  return deps.municipality ?? DEMO_MUNICIPALITY.code;
}
