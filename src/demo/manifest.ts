/**
 * What the demo generator hands back: every file it wrote, with the indicator and period it
 * belongs to and the population extract to aggregate it against, so that the files can be run
 * through the product's real aggregation and import path.
 */

export interface DemoManifestEntry {
  indicator: string;
  /** Canonical period text: `2025`, `2024-10/2025-09`, `2024/2025`, `KV2025`. */
  period: string;
  /** The population extract (residents on 31 December of the period's last year). */
  populationFile: string;
  /** The person-level data file; null for `boligomraader-diversitet`, which reads the population. */
  dataFile: string | null;
}

export interface DemoManifest {
  municipality: { code: string; name: string };
  seed: number;
  persons: number;
  years: [number, number];
  /** `areas.csv`: area code and name. */
  areasFile: string;
  populationFiles: { year: number; file: string }[];
  entries: DemoManifestEntry[];
}

/** A manifest whose file names are joined onto a directory with `join`. */
export function relocateManifest(manifest: DemoManifest, join: (name: string) => string): DemoManifest {
  return {
    ...manifest,
    areasFile: join(manifest.areasFile),
    populationFiles: manifest.populationFiles.map((p) => ({ ...p, file: join(p.file) })),
    entries: manifest.entries.map((e) => ({
      ...e,
      populationFile: join(e.populationFile),
      dataFile: e.dataFile === null ? null : join(e.dataFile),
    })),
  };
}

/** The data file name of an indicator and period: `/` becomes `_` (`karaktergennemsnit-2024_2025.csv`). */
export function dataFileName(indicator: string, period: string): string {
  return `${indicator}-${period.replace(/\//g, '_')}.csv`;
}

/** The population extract of a year: `befolkning-2025.csv` (the name the README's examples use). */
export function populationFileName(year: number): string {
  return `befolkning-${year}.csv`;
}

/** The entries grouped by their population extract, each group in manifest order (one read of each extract). */
export function entriesByPopulation(entries: readonly DemoManifestEntry[]): Map<string, DemoManifestEntry[]> {
  const groups = new Map<string, DemoManifestEntry[]>();
  for (const e of entries) {
    const group = groups.get(e.populationFile);
    if (group === undefined) groups.set(e.populationFile, [e]);
    else group.push(e);
  }
  return groups;
}
