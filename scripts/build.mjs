#!/usr/bin/env node
/**
 * Builds `dist/` from `src/`: TypeScript compiled by `tsc -p tsconfig.build.json`, and every other
 * file under `src/` (catalogue YAML, static web assets) copied beside it, so the compiled code finds
 * them where the sources did. Plain JavaScript on purpose: it runs before anything is compiled.
 *
 *   node scripts/build.mjs              always build (type checked; fails on a type error)
 *   node scripts/build.mjs --if-stale   build only when a file under src/ is newer than the last
 *                                       build (`npm start`, the test suite's global setup); no type
 *                                       check, which is `npm run typecheck`'s job
 *
 * Without TypeScript installed (`npm ci --omit=dev`) an existing build is kept as it is and a
 * missing one is an error that says what to do (docs/decisions.md, "Compiled JavaScript").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const inputs = [src, path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.build.json'), fileURLToPath(import.meta.url)];
const ifStale = process.argv.includes('--if-stale');

/** The newest modification time of a file or of any file below a directory. */
function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its directory's time
  for (const entry of readdirSync(file)) latest = Math.max(latest, newest(path.join(file, entry)));
  return latest;
}

function isFresh() {
  return existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...inputs.map(newest));
}

function tscPath() {
  try {
    // The package exports no `bin/tsc`; its package.json is exported and the bin sits beside it.
    return path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return null;
  }
}

if (ifStale && isFresh()) process.exit(0);
const tsc = tscPath();
if (tsc === null) {
  if (existsSync(stamp)) {
    console.error('build: TypeScript is not installed (production install); keeping the existing dist/.');
    process.exit(0);
  }
  console.error(
    'build: dist/ is missing and TypeScript is not installed. Build with the development dependencies ' +
      'first: `npm ci && npm run build && npm prune --omit=dev` (docs/decisions.md, "Compiled JavaScript").',
  );
  process.exit(1);
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true }); // no compiled file outlives its deleted source
const args = [tsc, '-p', path.join(root, 'tsconfig.build.json'), ...(ifStale ? ['--noCheck'] : [])];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
if (result.status !== 0) process.exit(result.status ?? 1);
cpSync(src, dist, { recursive: true, filter: (from) => statSync(from).isDirectory() || !from.endsWith('.ts') });
mkdirSync(dist, { recursive: true });
writeFileSync(stamp, `${new Date().toISOString()}\n`);
if (!ifStale) console.error(`build: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
