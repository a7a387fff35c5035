/**
 * Reading the catalogue from its YAML files — the only I/O in the catalogue module. The shipped
 * catalogue (`indicators/` beside this file) is read once per process and then shared; any
 * other directory (tests, a municipality's own copy) is read each time it is asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { buildCatalogue, type CatalogueEntry } from './build-catalogue.ts';
import type { Catalogue } from './catalogue.ts';
import { CatalogueError, type CatalogueProblem } from './catalogue-problem.ts';

/** The directory of the catalogue shipped with the product. */
export const DEFAULT_CATALOGUE_DIR = fileURLToPath(new URL('./indicators/', import.meta.url));

let shipped: Catalogue | undefined;

/**
 * Loads and validates every `*.yaml` (or `*.yml`) file in `dir` (default: the shipped catalogue).
 * Throws a `CatalogueError` naming each file and field that is wrong.
 *
 * @example loadCatalogue().get('hjemmepleje')?.wanted // 'follow'
 */
export function loadCatalogue(dir?: string): Catalogue {
  if (dir === undefined || resolve(dir) === resolve(DEFAULT_CATALOGUE_DIR)) {
    shipped ??= readCatalogue(DEFAULT_CATALOGUE_DIR);
    return shipped;
  }
  return readCatalogue(dir);
}

function readCatalogue(dir: string): Catalogue {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
  if (files.length === 0) {
    throw new CatalogueError([
      { file: dir, field: '', da: 'mappen indeholder ingen indikatorfiler (*.yaml)', en: 'the directory holds no indicator files (*.yaml)' },
    ]);
  }
  const read = files.map((file) => readEntry(dir, file));
  const unreadable = read.flatMap((r) => (r.ok ? [] : [r.problem]));
  const result = buildCatalogue(read.flatMap((r) => (r.ok ? [r.entry] : [])));
  if (!result.ok) throw new CatalogueError([...unreadable, ...result.problems]);
  if (unreadable.length > 0) throw new CatalogueError(unreadable);
  return result.catalogue;
}

type ReadResult = { readonly ok: true; readonly entry: CatalogueEntry } | { readonly ok: false; readonly problem: CatalogueProblem };

/** Reads one file; a YAML syntax error is reported with its line and column (the first one only). */
function readEntry(dir: string, file: string): ReadResult {
  const document = parseDocument(readFileSync(join(dir, file), 'utf8'));
  const error = document.errors[0];
  if (error === undefined) return { ok: true, entry: { file, data: document.toJS() } };
  const pos = error.linePos?.[0];
  const da = pos === undefined ? '' : ` (linje ${pos.line}, kolonne ${pos.col})`;
  const en = pos === undefined ? '' : ` (line ${pos.line}, column ${pos.col})`;
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return {
    ok: false,
    problem: { file, field: '', da: `filen er ikke gyldig YAML${da}: ${error.code}`, en: `the file is not valid YAML${en}: ${reason}` },
  };
}
