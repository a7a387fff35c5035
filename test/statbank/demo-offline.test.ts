/**
 * `indikator statbank fetch --offline` on a fresh demo store: the demo caches its SYNTHETIC StatBank
 * answers (src/demo/data/statbank/, the client's recorded format) when it loads, so the real CLI
 * fetches the context of the demo municipality `999` and the country without network, and the
 * indicator pages show it, marked synthetic. Also: the recordings key exactly as live answers do.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { seedStatbankCache } from '../../src/services/context-figures/recorded-cache.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { DEMO_STATBANK_DIR, loadDemo } from '../../src/services/demo.ts';
import { readRecordedAnswers, recordedCacheEntries, tableInfoCacheKey } from '../../src/statbank-client/index.ts';
import { openStore } from '../../src/store/index.ts';
import { createApp } from '../../src/web/index.ts';
import { KEY_A, REPO, runCli } from '../cli/helpers.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-demo-statbank-'));
  const store = await openStore({ dataDir: dir });
  try {
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: KEY_A });
    // A small town: the StatBank answers do not depend on the demo's size.
    await loadDemo({ store, catalogue: loadCatalogue(), pseudonymiser, threshold: 5, dataDir: dir }, { persons: 2_000, nationalSet: false });
  } finally {
    await store.close();
  }
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text of the context box on a page (tags removed, spaces collapsed). */
function box(page: string): string {
  const start = page.indexOf('<section aria-labelledby="context"');
  if (start < 0) return '';
  return page
    .slice(start, page.indexOf('</section>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the demo without network', () => {
  it('fetches the context offline through the real CLI, and the indicator pages show it, marked synthetic', async () => {
    const fetched = await runCli(['statbank', 'fetch', '--offline'], { dataDir: dir });
    expect(fetched.stderr).not.toContain('Intern fejl');
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toContain('Demo (999)');
    // The data answers are current for the cached metadata; the metadata itself stands in offline, one warning per table.
    expect(fetched.stdout).toMatch(/RAS200\s+2023\s+2024-11-20T08:00:00\s+uændret \/ unchanged \(cache\)\s+12/);
    expect(fetched.stderr.match(/Advarsel \/ warning: \S+: bruger svaret gemt 2026-01-01T00:00:00.000Z/g)).toHaveLength(8);

    const store = await openStore({ dataDir: dir });
    try {
      const app = createApp({ data: storeDashboardData({ store, catalogue: loadCatalogue(), threshold: 5 }) });
      const employment = box(await (await app.request('/indikator/selvforsoergelse')).text());
      expect(employment).toContain('Tabel RAS200, 2023');
      // The synthetic rates: 58.1 % in the country, 2.3 points lower in the demo town.
      expect(employment).toContain('Indvandrere fra ikke-vestlige lande (målgruppe) 55,8 % 58,1 %');
      expect(employment).toContain('SYNTETISKE DEMOTAL');
      // Target group = immigrants (25) + descendants (35) of non-Western origin: 3,893 + 1,608 = 5,501 of 49,996 = 11.0 %.
      expect(employment).toContain('Befolkning (personer) Målgruppe 5.501');
      expect(employment).toContain('Andel af befolkningen Målgruppe 11,0 %');
      const crime = box(await (await app.request('/indikator/kriminalitet')).text());
      expect(crime).toContain('Tabel STRAFNA9, 2023');
    } finally {
      await store.close();
    }
  }, 120_000);

  it('keys every recording as the cache keys a live answer, and seeding twice adds nothing', async () => {
    const entries = recordedCacheEntries(readRecordedAnswers(DEMO_STATBANK_DIR));
    const folk1e = tableInfoCacheKey('FOLK1E', 'da');
    expect(entries.some((e) => e.tableId === 'FOLK1E' && e.requestHash === folk1e.requestHash)).toBe(true);
    // Eight tables' metadata and nine data answers (FOLK1E twice: the population and the denominators).
    expect(entries).toHaveLength(17);
    const store = await openStore({ dataDir: dir });
    try {
      expect(await seedStatbankCache(store, DEMO_STATBANK_DIR)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('ships exactly what scripts/demo-statbank.ts writes (run it again after changing a request)', async () => {
    const out = path.join(dir, 'regenerated');
    await new Promise<void>((done, fail) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/demo-statbank.ts', '--out', out], { cwd: REPO }, (error) => (error ? fail(error) : done()));
    });
    const files = readdirSync(DEMO_STATBANK_DIR).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(DEMO_STATBANK_DIR, f), 'utf8'));
    // Every recording says it is made up.
    for (const f of files.filter((x) => x.endsWith('.request.json')))
      expect(JSON.parse(readFileSync(path.join(DEMO_STATBANK_DIR, f), 'utf8')).synthetic, f).toBe(true);
  }, 60_000);
});
