/**
 * How long a dashboard request waits while a large upload is processed (issue 17): a real server
 * (`indikator serve`, compiled `dist/` of the checkout given, default this one) gets the 20 MB
 * delivery of many tiny housing-area cells from `test/web/upload-worker.test.ts` as a submission,
 * and meanwhile one client asks for `GET /` over and over, each request once the previous was
 * answered. Prints the number of those requests and their latency (median, 99th percentile,
 * slowest), and the upload's own time.
 *
 *   node --import tsx bench/upload-latency.bench.ts [repo]
 *
 * For a before/after pair, give the older commit's checkout (`git worktree add /tmp/old <rev>`,
 * `npm run build` there) and this one alternately.
 */
import path from 'node:path';
import { tinyAreasDelivery } from '../test/services/tiny-areas.ts';
import { startRealServer } from '../test/web/real-server.ts';

const repo = path.resolve(process.argv[2] ?? '.');
const file = tinyAreasDelivery({ tinyAreas: 300, largeMunicipalities: 4, largeAreas: 1_175, noteLength: 950 });
const server = await startRealServer(
  [
    ['koordinator', 'coordinator', 'Politisk Sekretariat'],
    ['byerhverv', 'steward', 'Center for By, Erhverv og Miljø'],
  ],
  {},
  repo,
);
try {
  const coordinator = await server.login('koordinator');
  await fetch(`${server.base}/api/rounds`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Runde 2025', deadline: '2026-12-31', periods: { calendar_year: '2025' } }),
    headers: { Cookie: coordinator.cookie, 'X-CSRF-Token': coordinator.csrf, 'Content-Type': 'application/json' },
  });
  const steward = await server.login('byerhverv');
  const started = performance.now();
  let done = false;
  const upload = server.upload(steward, '/api/rounds/1/deliveries', 'boligomraader.csv', file).then(async (res) => {
    await res.arrayBuffer();
    done = true;
    return { status: res.status, seconds: (performance.now() - started) / 1000 };
  });
  const latencies: number[] = [];
  const slow: string[] = [];
  let failed = 0;
  while (!done) {
    const start = performance.now();
    const ok = await fetch(`${server.base}/`, { headers: { Cookie: steward.cookie } }).then(
      async (res) => {
        await res.arrayBuffer();
        return res.ok;
      },
      () => false,
    );
    const latency = performance.now() - start;
    latencies.push(latency);
    if (!ok) failed++;
    // Where in the upload the slow ones fell: its start (the body arriving) or its end (the store write).
    if (latency > 200 || !ok) slow.push(`${latency.toFixed(0)} ms at ${((start - started) / 1000).toFixed(1)} s${ok ? '' : ' (failed)'}`);
  }
  const answer = await upload;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `upload-latency ${path.basename(repo)}: upload ${answer.status} in ${answer.seconds.toFixed(1)} s; ${latencies.length} GET / meanwhile` +
      `${failed > 0 ? ` (${failed} failed)` : ''}: p50 ${ms(at(0.5))}, p99 ${ms(at(0.99))}, slowest ${ms(latencies.at(-1) ?? 0)}; over 200 ms: ${slow.join(', ') || 'none'}`,
  );
} finally {
  await server.stop();
}
