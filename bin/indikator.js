#!/usr/bin/env node
// Entry point for `npx indikator`: the compiled command line in dist/ (built by `npm install`,
// `npm run build`, and before `npm start` and `npm test` when src/ has changed).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('indikator: dist/ mangler — kør `npm run build` / dist/ is missing — run `npm run build`\n');
  process.exit(1);
}
await import(main.href);
