/**
 * `npm run bench`: every benchmark, each in its own process (so that one's memory is not counted
 * in the next one's peak), printing one line per figure. The figures and the machine they were
 * taken on are recorded in BENCHMARKS.md. `BENCH_PERSONS` changes the size of the synthetic
 * municipality (default 1,000,000) and of the national extract; `BENCH_PAIRS` the number of paired
 * product/DuckDB runs of the national turnout job (default 2).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const persons = process.env.BENCH_PERSONS ?? '1000000';
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const run = (name: string, ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script(name), ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim();

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(run('startup.bench.ts'));
console.log(run('classify.bench.ts', persons));
console.log(run('aggregate.bench.ts', persons));
console.log(run('classify.bench.ts', 'national', persons));
console.log(run('aggregate.bench.ts', 'national', persons));
console.log(run('national.bench.ts', persons, process.env.BENCH_PAIRS ?? '2'));
console.log(run('demo.bench.ts'));
