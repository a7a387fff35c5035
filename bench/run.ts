/**
 * `npm run bench`: every benchmark, one after the other, printing one line per figure. The
 * figures and the machine they were taken on are recorded in BENCHMARKS.md.
 */
import os from 'node:os';
import { benchAggregate } from './aggregate.bench.ts';
import { benchClassify } from './classify.bench.ts';
import { benchDemo } from './demo.bench.ts';

const persons = Number(process.env.BENCH_PERSONS ?? 1_000_000);
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(await benchClassify(persons));
console.log(await benchAggregate(persons));
for (const line of await benchDemo()) console.log(line);
