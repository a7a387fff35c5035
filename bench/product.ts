/**
 * The product as `indikator` runs it: its compiled modules in dist/ (built first when src/ has
 * changed, `scripts/build.mjs --if-stale`), typed by the sources they are built from. The timed
 * parts of the benchmarks run these. From the TypeScript sources, each worker thread the product
 * starts (pseudonyms, output lines, suppression) would first load tsx and compile its modules
 * again — 0.2–0.3 s of a core per thread, which the shipped command never spends.
 * @example const { classifyPopulation } = await compiled<typeof import('../src/services/classify.ts')>('services/classify');
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let built = false;

/** The compiled module `dist/<module>.js` (`module` as under src/, without extension). */
export async function compiled<M>(module: string): Promise<M> {
  if (!built) {
    // Its progress goes to stderr: a benchmark's stdout is its figure.
    execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--if-stale'], { stdio: ['ignore', 2, 2] });
    built = true;
  }
  return (await import(new URL(`../dist/${module}.js`, import.meta.url).href)) as M;
}
