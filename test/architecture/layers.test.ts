/**
 * The layers as the README draws them, checked over the import graph of src/: pure modules import
 * no I/O and nothing above them, the I/O edges import no use case, the renderers of words and
 * numbers (format/, narrative/) import no service, the entry points (cli/, web/, report/) reach the
 * store only through services, and only services/config.ts reads the environment. Imports are read from the source text (static, dynamic and re-exports alike).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Pure: no I/O, no clock, no globals — only each other and computation packages. */
const PURE = ['origin', 'stats', 'cells', 'language', 'errors', 'accounts', 'municipalities'];
const PURE_PACKAGES = ['zod', 'highs'];
/** The I/O edges: files, database, HTTP. */
const EDGES = ['ingest', 'store', 'catalogue', 'statbank-client'];
/** Everything above the edges. */
const ABOVE_EDGES = ['services', 'web', 'cli', 'report', 'auth'];
const ENTRY_POINTS = ['web', 'cli', 'report'];

interface Import {
  readonly file: string;
  /** `src/`'s top folder of the imported module, or the package name ('node:fs', 'kysely'). */
  readonly target: string;
  readonly local: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const rel = path.relative(SRC, file);
  return [...text.matchAll(SPECIFIER)].map((m) => {
    const spec = m[1] ?? '';
    if (!spec.startsWith('.'))
      return { file: rel, target: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec), local: false };
    const resolved = path.relative(SRC, path.resolve(path.dirname(file), spec));
    return { file: rel, target: resolved.split(path.sep)[0] ?? resolved, local: true };
  });
}

const files = sourceFiles(SRC);
const graph = files.flatMap(importsOf);
const topOf = (rel: string) => rel.split(path.sep)[0] ?? rel;
const fmt = (i: Import) => `${i.file} → ${i.target}`;

/** The imports from `layers` that break `allowed`. */
function violations(layers: readonly string[], allowed: (i: Import) => boolean): string[] {
  return graph.filter((i) => layers.includes(topOf(i.file)) && i.target !== topOf(i.file) && !allowed(i)).map(fmt);
}

/** Where the command line opens (and closes) the store it hands to the services. */
const COMPOSITION_ROOT = path.join('cli', 'context.ts');

function entryPointFiles(): string[] {
  return files.map((f) => path.relative(SRC, f)).filter((rel) => ENTRY_POINTS.includes(topOf(rel)));
}

const IMPORT_STATEMENT = /(?:import|export)\s+(?:type\s+)?(?:\{([^}]*)\}|[\w*][^'{}]*)\s*from\s*'([^']+)'|\bimport\s*\(\s*'([^']+)'/g;

/** The names `rel` takes from store/ other than the `Store` handle (a dynamic import counts as '*'). */
function storeImports(rel: string): string[] {
  const text = readFileSync(path.join(SRC, rel), 'utf8');
  const isStore = (spec: string) => spec.startsWith('.') && topOf(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, rel)), spec))) === 'store';
  return [...text.matchAll(IMPORT_STATEMENT)].flatMap((m) => {
    const spec = m[2] ?? m[3] ?? '';
    if (!isStore(spec)) return [];
    if (m[1] === undefined) return ['*'];
    const names = m[1]
      .split(',')
      .map((n) => n.trim().replace(/^type\s+/, ''))
      .filter((n) => n !== '' && n !== 'Store');
    return names.length === 0 ? [] : [names.join(', ')];
  });
}

describe('the layers of src/', () => {
  it('reads a graph (the check itself is not empty)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(graph.some((i) => i.file.startsWith(`services${path.sep}`) && i.target === 'store')).toBe(true);
  });

  it('pure modules import only pure modules and computation packages: no node:, no database, no HTTP', () => {
    expect(violations(PURE, (i) => (i.local ? PURE.includes(i.target) : PURE_PACKAGES.includes(i.target)))).toEqual([]);
  });

  it('the I/O edges import no use case and no entry point', () => {
    expect(violations(EDGES, (i) => !i.local || !ABOVE_EDGES.includes(i.target))).toEqual([]);
  });

  it('format/ and narrative/ take their shapes from below: no services/, store/ or entry point', () => {
    expect(violations(['format', 'narrative'], (i) => !i.local || !['services', 'store', ...ENTRY_POINTS].includes(i.target))).toEqual([]);
  });

  it('services/ import no entry point', () => {
    expect(violations(['services'], (i) => !i.local || !ENTRY_POINTS.includes(i.target))).toEqual([]);
  });

  it('auth/ decides who may do what, and persists nothing: no store/, no services/ (logging in is services/sessions.ts)', () => {
    expect(violations(['auth'], (i) => !i.local || !['store', 'services', ...ENTRY_POINTS].includes(i.target))).toEqual([]);
  });

  it('roles and users come from accounts/, not from the persistence layer, in auth/ and the pages', () => {
    const fromStore = files
      .filter((f) => /^(auth|web)\//.test(path.relative(SRC, f)))
      .filter((f) => /import[^;]*\b(USER_ROLES|UserRole|User|Session)\b[^;]*from '[./]*store\//.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f));
    expect(fromStore).toEqual([]);
  });

  it('the entry points reach the store only through services: no store method is called in cli/, web/ or report/', () => {
    const callers = entryPointFiles()
      .filter((f) => f !== COMPOSITION_ROOT)
      .filter((f) => /\bstore(\(\))?\)?\.[a-zA-Z]+\(/.test(readFileSync(path.join(SRC, f), 'utf8')));
    expect(callers).toEqual([]);
  });

  it('the entry points take no shape from the store: at most the `Store` handle they pass to services (cli/context.ts opens it)', () => {
    const fromStore = entryPointFiles()
      .filter((f) => f !== COMPOSITION_ROOT)
      .flatMap((f) => storeImports(f).map((names) => `${f}: ${names}`));
    expect(fromStore).toEqual([]);
  });

  it("the store's index exports only the store's own: what it keeps is imported from its pure home", () => {
    const foreign = importsOf(path.join(SRC, 'store', 'index.ts')).filter((i) => i.local && i.target !== 'store');
    expect(foreign.map(fmt)).toEqual([]);
  });

  it('nothing but services/config.ts reads process.env', () => {
    const readers = files.filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(readers).toEqual([path.join('services', 'config.ts')]);
  });
});
