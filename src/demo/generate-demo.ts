/**
 * Writes the synthetic demo municipality to a folder: the population extracts, `areas.csv`, one
 * person-level data file per indicator and period, and `manifest.json` listing them. Everything
 * is fake — ids are `DEMO0000001` — and the same seed always gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DemoManifest, relocateManifest } from './manifest.ts';
import { runSimulation } from './simulation.ts';

export interface DemoOptions {
  seed: number;
  outDir: string;
  /** Residents on 31 December 2014, before the first simulated year (default 50,000). */
  persons?: number;
  /** First and last calendar year (default 2015–2025). */
  years?: [number, number];
}

/**
 * Generates the demo municipality into `outDir` and returns the manifest with paths inside it.
 *
 * @example const manifest = await generateDemo({ seed: 1, outDir: 'data/demo' });
 */
export async function generateDemo(options: DemoOptions): Promise<DemoManifest> {
  mkdirSync(options.outDir, { recursive: true });
  const manifest = runSimulation({ seed: options.seed, persons: options.persons ?? 50_000, years: options.years ?? [2015, 2025] }, (name, text) =>
    writeFileSync(join(options.outDir, name), text, 'utf8'),
  );
  writeFileSync(join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return relocateManifest(manifest, (name) => join(options.outDir, name));
}
