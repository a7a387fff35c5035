/**
 * Before any test: the compiled `dist/` the command-line tests run (`node bin/indikator.js`) is
 * brought up to date with `src/`, so a test never exercises yesterday's build. A no-op when nothing
 * under `src/` changed since the last build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
}
