/**
 * The demo's synthetic national set: every municipality simulated by the demo's own generator at
 * small scale, joined into one national extract per year and run through the national path —
 * `aggregate` (each municipality suppressed on its own, the country `000` as their margin),
 * `import`, publication and `export` as JSON-stat, marked synthetic. The result is committed
 * (`src/demo/data/national-set.json`, written by `scripts/demo-national-set.ts`) and imported as
 * comparison figures when the demo loads: a national run costs far more than the demo's own load,
 * so `npm start` reads the finished figures instead of computing them (docs/decisions.md).
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../catalogue/index.ts';
import { type DemoManifestEntry, entriesByPopulation } from '../demo/manifest.ts';
import { runSimulation } from '../demo/simulation.ts';
import type { Pseudonymiser } from '../ingest/index.ts';
import { DEMO_MUNICIPALITY, MUNICIPALITIES, municipalitiesInGroup, WHOLE_COUNTRY_CODE } from '../municipalities/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { aggregateIndicators, readClassifiedPopulation, writeDeliveryFile } from './aggregate-delivery/index.ts';
import { exportFigures } from './exchange/index.ts';
import { importDelivery } from './import/import-delivery.ts';

/** The committed set, beside the demo generator (copied into `dist/` by the build). */
export const NATIONAL_SET_FILE: string = fileURLToPath(new URL('../demo/data/national-set.json', import.meta.url));

/** Who published the set, with how it was made, as the comparison section and the audit name it. */
export function nationalSetSource(p: NationalSetParameters): string {
  const towns = p.municipalities === undefined ? 'alle kommuner / every municipality' : p.municipalities.join(' ');
  const history =
    p.historyGroup === undefined
      ? ''
      : `, tidligere perioder kun for hele landet og kommunegruppe ${p.historyGroup} / earlier periods for the country and municipality group ${p.historyGroup} only`;
  return `Syntetisk landsdækkende demosæt / synthetic national demo set (seed ${p.seed}, ${p.persons} pr. kommune / per municipality, ${p.years[0]}–${p.years[1]}, tal fra / figures from ${p.aggregateFrom}${history}, ${towns})`;
}

/**
 * The committed set's parameters: small towns; every year through the national path, so the
 * country's line and the default peers' band cover the demo's years; the other municipalities'
 * earlier periods are left out (docs/municipalities.md: 1.3 MB instead of 5.3 MB).
 */
export const NATIONAL_SET_PARAMETERS: NationalSetParameters = {
  seed: 2025,
  persons: 600,
  years: [2015, 2025],
  // Every year with the history group (aggregateFrom 2015, historyGroup '3', the demo's peer group) is the
  // intended set (docs/municipalities.md); the committed file is still the last year's until the
  // script has been run with them (over 6 min of CPU since the region × MENAPT breakdowns).
  aggregateFrom: 2025,
  // The file's date: fixed, so the same parameters always give the same bytes.
  exportedAt: '2026-01-01T00:00:00.000Z',
};

export interface NationalSetParameters {
  seed: number;
  /** Residents of each simulated municipality at the start (the demo itself has 50,000). */
  persons: number;
  years: [number, number];
  /**
   * The first year whose periods go through the national path (the simulation runs over every
   * year either way: the towns need their history). Each year of 98 municipalities costs about
   * half a minute of CPU.
   */
  aggregateFrom: number;
  /**
   * The kommunegruppe whose municipalities (with the country) keep every period in the file; the
   * others keep each indicator's latest period only. Undefined: every municipality every period.
   */
  historyGroup?: string;
  exportedAt: string;
  /** Which municipalities to simulate (default all 98). */
  municipalities?: readonly string[];
}

export interface NationalSetDeps {
  catalogue: Catalogue;
  pseudonymiser: Pseudonymiser;
  threshold: number;
}

/** A municipality's own seed: the towns differ, and each is the same on every run. */
function townSeed(seed: number, code: string): number {
  return seed * 1000 + Number(code);
}

/**
 * Simulates every municipality into `dir`, appending each town's rows to one file per name (the
 * first town's header kept), and returns the entries (the same for every town).
 */
async function simulateCountry(dir: string, parameters: NationalSetParameters): Promise<DemoManifestEntry[]> {
  const codes = parameters.municipalities ?? MUNICIPALITIES.map((m) => m.code);
  const started = new Set<string>();
  let entries: DemoManifestEntry[] = [];
  for (const code of codes) {
    const name = MUNICIPALITIES.find((m) => m.code === code)?.name ?? code;
    const texts: [string, string][] = [];
    const manifest = runSimulation(
      // `K101X0000001`: unique across towns and never shaped like a CPR number.
      { seed: townSeed(parameters.seed, code), persons: parameters.persons, years: parameters.years, municipality: { code, name }, idPrefix: `K${code}X` },
      (file, text) => texts.push([file, text]),
    );
    for (const [file, text] of texts) {
      if (file === 'areas.csv') continue;
      const body = started.has(file) ? text.slice(text.indexOf('\n') + 1) : text;
      started.add(file);
      await appendFile(path.join(dir, file), body);
    }
    entries = manifest.entries;
  }
  return entries;
}

/** The year of the population extract an entry is aggregated against (`befolkning-2025.csv`). */
function populationYear(entry: DemoManifestEntry): number {
  return Number(/(\d{4})\.csv$/.exec(entry.populationFile)?.[1] ?? Number.NaN);
}

/**
 * Aggregates and imports the national entries of one population extract: the cells of every
 * municipality and `000`, each indicator suppressed beside the counting of the next.
 */
async function deliver(populationFile: string, entries: readonly DemoManifestEntry[], dir: string, deps: NationalSetDeps, store: Store): Promise<void> {
  const population = await readClassifiedPopulation(path.join(dir, populationFile), deps.pseudonymiser);
  const outcomes = await aggregateIndicators(
    entries.map((entry) => ({
      indicatorId: entry.indicator,
      period: entry.period,
      population,
      dataFile: entry.dataFile === null ? null : path.join(dir, entry.dataFile),
    })),
    // Every row names its municipality; the own code only matters for files without the column.
    { catalogue: deps.catalogue, pseudonymiser: deps.pseudonymiser, threshold: deps.threshold, municipality: DEMO_MUNICIPALITY.code },
  );
  for (const outcome of outcomes) {
    const file = path.join(dir, `levering-${outcome.indicator.id}-${outcome.period.replaceAll('/', '_')}.csv`);
    await writeDeliveryFile(file, outcome.indicator, outcome.period, outcome.cells);
    await importDelivery({ file, actor: 'demo', source: 'demo', threshold: deps.threshold }, deps.catalogue, store);
  }
}

/** Writes the synthetic national set to `out` (JSON-stat, synthetic); returns how many figures. */
export async function writeNationalSet(out: string, deps: NationalSetDeps, parameters: NationalSetParameters = NATIONAL_SET_PARAMETERS): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-national-set-'));
  const store = await openStore({ dataDir: dir });
  try {
    const entries = await simulateCountry(dir, parameters);
    const wanted = entries.filter((e) => populationYear(e) >= parameters.aggregateFrom);
    for (const [populationFile, group] of entriesByPopulation(wanted)) await deliver(populationFile, group, dir, deps, store);
    for (const d of await store.latestDeliveries({})) await store.setDeliveryStatus(d.id, 'published', '', 'demo');
    const summary = await exportFigures(store, deps.catalogue, {
      format: 'jsonstat',
      out,
      threshold: deps.threshold,
      municipality: 'all',
      ownCode: '000',
      ownName: 'Hele landet',
      synthetic: true,
      source: nationalSetSource(parameters),
      // The comparison reads whole groups only; the breakdowns would triple the file for nothing.
      wholeGroupsOnly: true,
      ...(parameters.historyGroup === undefined
        ? {}
        : { historyFor: [WHOLE_COUNTRY_CODE, ...municipalitiesInGroup(parameters.historyGroup).map((m) => m.code)] }),
      // A committed file must hold no run of ten digits (the landing check takes one for a CPR
      // number), and a float's seventeen digits say nothing a synthetic set needs: six decimals
      // keep a share to 0.0001 percentage points.
      decimals: 6,
      now: () => new Date(parameters.exportedAt),
    });
    return summary.figures;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
