/**
 * The demo municipality end to end: loading it (aggregate + import of 113 deliveries), the two
 * committed files it imports at start (the synthetic national set, the synthetic StatBank answers)
 * on their own, `compute`
 * over the whole store, the dashboard's overview under load (autocannon, 20 connections, on
 * loopback only) and the committee report in each format.
 * Run: `node --import tsx bench/demo.bench.ts`.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadCatalogue } from '../src/catalogue/index.ts';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { generateReport, latestDeliveryTime } from '../src/report/index.ts';
import { storeDashboardData } from '../src/services/dashboard-data.ts';
import { seedStatbankCache } from '../src/services/context-figures/recorded-cache.ts';
import { DEMO_STATBANK_DIR, loadDemo } from '../src/services/demo.ts';
import { NATIONAL_SET_FILE } from '../src/services/demo-national.ts';
import { importComparison } from '../src/services/exchange/index.ts';
import { loadResults } from '../src/services/results.ts';
import { openStore } from '../src/store/index.ts';
import { startServer } from '../src/web/index.ts';
import { DEFAULT_THRESHOLD } from '../src/stats/index.ts';
import { measure } from './measure.ts';

/** What `npm start` adds to the demo load for the comparison: the national set's import and the StatBank seed, in a fresh store. */
async function benchStartFiles(lines: string[]): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-start-files-'));
  const store = await openStore({ dataDir: dir });
  try {
    const size = (await stat(NATIONAL_SET_FILE)).size / 2 ** 20;
    const set = await measure(() => importComparison({ file: NATIONAL_SET_FILE, actor: 'demo', ownMunicipality: '999' }, loadCatalogue(), store));
    lines.push(
      `national set import (${set.result.set.figureCount.toLocaleString('en')} figures, ${size.toFixed(1)} MB): ${set.seconds.toFixed(2)} s (CPU ${set.cpuSeconds.toFixed(2)} s)`,
    );
    const seed = await measure(() => seedStatbankCache(store, DEMO_STATBANK_DIR));
    lines.push(`StatBank answers into the cache (${seed.result}): ${seed.seconds.toFixed(2)} s (CPU ${seed.cpuSeconds.toFixed(2)} s)`);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchDemo(): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-demo-'));
  const lines: string[] = [];
  await benchStartFiles(lines);
  const store = await openStore({ dataDir: dir });
  try {
    const catalogue = loadCatalogue();
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'ab'.repeat(32) });
    const load = await measure(() => loadDemo({ store, catalogue, pseudonymiser, threshold: 5, dataDir: dir }));
    lines.push(
      `demo load (generate + aggregate + import ${load.result.deliveries} deliveries, ${load.result.persons.toLocaleString('en')} residents): ${load.seconds.toFixed(1)} s, peak RSS ${load.peakMb.toFixed(0)} MB`,
    );

    const computeTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const run = await measure(() => loadResults(store, catalogue, { threshold: 5 }));
      computeTimes.push(run.seconds);
      rows = run.result.rows.length;
    }
    computeTimes.sort((a, b) => a - b);
    lines.push(
      `compute (whole demo store, ${rows} result rows; median of 5): ${(computeTimes[2] ?? 0).toFixed(3)} s (min ${(computeTimes[0] ?? 0).toFixed(3)} s)`,
    );

    // Started as `indikator serve` starts it: the Word report's layout warmed up while it listens.
    const server = await startServer({
      port: 0,
      warmUpReports: true,
      data: storeDashboardData({ store, catalogue, threshold: 5, areaNamesFile: path.join(dir, 'areas.csv') }),
    });
    try {
      await server.warmedUp;
      await fetch(`${server.url}/`);
      const result = await autocannon({ url: `${server.url}/`, connections: 20, duration: 10 });
      const l = result.latency;
      lines.push(
        `overview GET / (20 connections, 10 s, loopback): ${Math.round(result.requests.average)} req/s; latency p50 ${l.p50} ms, p90 ${l.p90} ms, p97.5 ${l.p97_5} ms, p99 ${l.p99} ms, max ${l.max} ms; errors ${result.errors}, non-2xx ${result.non2xx}`,
      );
    } finally {
      await server.close();
    }

    const results = await loadResults(store, catalogue, { threshold: 5 });
    for (const format of ['html', 'docx', 'pdf'] as const) {
      const run = await measure(() =>
        generateReport({
          format,
          catalogue,
          results,
          municipality: 'Demo Kommune',
          threshold: DEFAULT_THRESHOLD,
          generatedAt: '2026-01-01T00:00:00Z',
          dataFreeze: latestDeliveryTime(results) ?? '2026-01-01T00:00:00Z',
        }),
      );
      // CPU time beside the wall time: other guests of the shared VM stretch the wall time, much less the
      // CPU time (this process only: the PDF's Chromium is not counted).
      lines.push(
        `report ${format} (demo, ${(run.result.bytes / 1024).toFixed(0)} KB): ${run.seconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(2)} s; aim < ${format === 'pdf' ? 10 : 3} s)`,
      );
    }
    return lines;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchDemo()) console.log(line);
}
