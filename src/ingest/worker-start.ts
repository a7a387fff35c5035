/**
 * How to start a worker thread on one of the product's own modules: the compiled `<name>.js` beside
 * the caller (the product runs `dist/`); from the TypeScript sources (the test suite, `tsx`) a
 * two-line script that has tsx, a development dependency, load `<name>.ts`.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The `Worker` script and its `eval` flag for the module `name` (without extension) beside the
 * module whose `import.meta.url` is `caller`.
 * @example const start = workerStart(import.meta.url, 'upload-worker'); new Worker(start.script, { eval: start.eval })
 */
export function workerStart(caller: string, name: string): { script: string | URL; eval: boolean } {
  if (!caller.endsWith('.ts')) return { script: new URL(`./${name}.js`, caller), eval: false };
  // `require.resolve` finds the CommonJS build; its ES module twin sits beside it.
  const tsx = pathToFileURL(
    createRequire(caller)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL(`./${name}.ts`, caller).href;
  const script = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return { script, eval: true };
}
