/**
 * Test helpers: the shipped indicator files as plain, mutable objects (so a test can break one
 * field), and temporary catalogue directories.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_CATALOGUE_DIR } from '../../src/catalogue/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary fields of parsed YAML.
export type Loose = Record<string, any>;

/** The parsed content of a shipped indicator file, freshly read (safe to mutate). */
export function shipped(id: string): Loose {
  return parse(readFileSync(join(DEFAULT_CATALOGUE_DIR, `${id}.yaml`), 'utf8')) as Loose;
}

/** A new temporary directory holding the given files (name → object written as YAML, or raw text). */
export function tempCatalogue(files: Record<string, Loose | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'indikator-catalogue-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content), 'utf8');
  }
  return dir;
}

const created: string[] = [];

/** Removes every directory `tempCatalogue` made. */
export function removeTempCatalogues(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
