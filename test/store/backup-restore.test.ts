/**
 * Issue 17, item 12: `indikator backup --out FILE` and `indikator restore FILE` round-trip a demo
 * store exactly — every delivery, cell, user, audit entry, round and StatBank row — on SQLite and
 * on PostgreSQL (and from one to the other), read back with plain SQL on a separate connection,
 * not through the code under test. A restore refuses a store that is not empty and a backup that
 * is cut short or altered, and leaves the store as it was.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { loadDemo } from '../../src/services/demo.ts';
import { addUser, setDisabled } from '../../src/services/users.ts';
import { BACKUP_TABLES, openStore, SQLITE_FILE_NAME } from '../../src/store/index.ts';
import { testHasher } from '../auth/helpers.ts';
import { type CliResult, REPO } from '../cli/helpers.ts';
import { createPostgresDatabase, postgresWanted } from './backends.ts';
import { execFile } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'indikator-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sourceDir = join(dir, 'source');
const backupFile = join(dir, 'backup.jsonl.gz');

/** Runs the command line against a SQLite data folder or a PostgreSQL URL. */
function cli(args: readonly string[], where: { dataDir: string } | { databaseUrl: string }): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, INDIKATOR_PSEUDONYM_KEY: 'ab'.repeat(32) };
  delete env.DATABASE_URL;
  if ('dataDir' in where) env.INDIKATOR_DATA_DIR = where.dataDir;
  else {
    env.DATABASE_URL = where.databaseUrl;
    env.INDIKATOR_DATA_DIR = join(dir, 'unused');
  }
  return new Promise((done) => {
    execFile(process.execPath, ['bin/indikator.js', ...args], { cwd: REPO, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Key columns to sort by, so that both databases list rows in one order. */
const ORDER: Readonly<Record<(typeof BACKUP_TABLES)[number], string>> = {
  users: 'id',
  deliveries: 'id',
  delivery_cells: 'delivery_id, municipality, grp, breakdown',
  audit_log: 'id',
  rounds: 'id',
  targets: 'id',
  statbank_cache: 'table_id, request_hash',
  context_series: 'municipality, table_id, scope, series, breakdown, period, grp, category',
  comparison_sets: 'id',
  comparison_figures: 'set_id, municipality, indicator, period, grp, breakdown',
  settings: 'id',
};

type Rows = Record<string, unknown[]>;

/** Every row of every backed-up table, read with plain SQL; booleans as 0/1 (PostgreSQL says true/false). */
async function rowsOf(where: { dataDir: string } | { databaseUrl: string }): Promise<Rows> {
  const out: Rows = {};
  const plain = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));
  if ('dataDir' in where) {
    const db = new SqliteDatabase(join(where.dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      for (const t of BACKUP_TABLES) out[t] = (db.prepare(`SELECT * FROM ${t} ORDER BY ${ORDER[t]}`).all() as Record<string, unknown>[]).map(plain);
    } finally {
      db.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: where.databaseUrl });
  await client.connect();
  try {
    // "C" collation: byte order, as SQLite sorts text.
    for (const t of BACKUP_TABLES) {
      const order = ORDER[t]
        .split(', ')
        .map((c) => `${c} COLLATE "C"`.replace(/^(id|delivery_id|set_id) COLLATE "C"$/, '$1'))
        .join(', ');
      out[t] = (await client.query(`SELECT * FROM ${t} ORDER BY ${order}`)).rows.map(plain);
    }
  } finally {
    await client.end();
  }
  return out;
}

let source: Rows;

beforeAll(async () => {
  const catalogue = loadCatalogue();
  const store = await openStore({ dataDir: sourceDir });
  try {
    const pseudonymiser = createPseudonymiser({ dataDir: sourceDir, key: 'ab'.repeat(32) });
    await loadDemo({ store, catalogue, pseudonymiser, threshold: 5, dataDir: sourceDir }, { persons: 12_000 });
    await addUser({ store, hasher: testHasher, catalogue }, { username: 'admin', displayName: 'Åse Ærø', role: 'admin' }, 'korrekt-hest-batteri', 'cli:test');
    await addUser({ store, hasher: testHasher, catalogue }, { username: 'laeser', displayName: 'Læser', role: 'reader' }, 'korrekt-hest-batteri', 'admin');
    await setDisabled(store, 'laeser', true, 'admin');
    const [first] = await store.latestDeliveries({});
    if (first === undefined) throw new Error('the demo stored no delivery');
    await store.setDeliveryStatus(first.id, 'approved', 'ok — "citat" og ; semikolon', 'admin');
    await store.openRound({ name: 'Runde 2026', periods: { calendar_year: '2025' }, deadline: '2026-03-01' }, 'admin');
    await store.writeTarget(
      'selvforsoergelse',
      { indicator: 'selvforsoergelse', measure: 'level', group: 'target', value: 0.6, year: 2030, baseline: null, decision: 'Byrådet 2026-01-15, pkt. 4' },
      'admin',
    );
    await store.putStatbankCache({
      tableId: 'FOLK1E',
      requestHash: 'a'.repeat(64),
      updated: '2025-11-11T08:00:00',
      fetchedAt: '2026-01-02T03:04:05.000Z',
      body: '{"x":[1,2.5,null]}',
    });
    await store.saveContext({
      municipality: '101',
      tableIds: ['FOLK1E'],
      actor: 'admin',
      rows: [
        {
          tableId: 'FOLK1E',
          updated: '2025-11-11T08:00:00',
          fetchedAt: '2026-01-02T03:04:05.000Z',
          municipality: '101',
          scope: 'municipal',
          series: 'population',
          breakdown: '',
          period: '2025K3',
          group: 'target',
          category: '',
          label: '',
          value: 1234.5,
          unit: 'persons',
          suppressed: false,
          source: 'Danmarks Statistik',
        },
        {
          tableId: 'FOLK1E',
          updated: '2025-11-11T08:00:00',
          fetchedAt: '2026-01-02T03:04:05.000Z',
          municipality: '101',
          scope: 'national',
          series: 'population',
          breakdown: 'sex=K',
          period: '2025K3',
          group: 'comparison',
          category: '',
          label: 'Kvinder',
          value: null,
          unit: 'persons',
          suppressed: true,
          source: 'Danmarks Statistik',
        },
      ],
    });
    await store.saveComparisonSet(
      {
        source: 'Aarhus (751)',
        fileName: 'aarhus.json',
        fileHash: 'b'.repeat(64),
        definitionsHash: 'c'.repeat(64),
        productVersion: '0.1.0',
        exportedAt: '2026-01-02T03:04:05.000Z',
        synthetic: true,
      },
      [
        {
          municipality: '751',
          indicator: 'selvforsoergelse',
          period: '2025',
          group: 'target',
          breakdown: '',
          value: 0.425,
          ciLow: 0.4,
          ciHigh: 0.45,
          n: 1200,
          gap: -0.2,
          suppressed: false,
        },
        {
          municipality: '000',
          indicator: 'selvforsoergelse',
          period: '2025',
          group: 'other',
          breakdown: 'age=under18',
          value: null,
          ciLow: null,
          ciHigh: null,
          n: null,
          gap: null,
          suppressed: true,
        },
      ],
      'admin',
    );
    await store.writeSetting('peers', { kind: 'municipalities', codes: ['751'] }, 'admin');
    await store.createSession({
      id: 'x'.repeat(43),
      userId: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      csrfToken: 'y'.repeat(43),
    });
  } finally {
    await store.close();
  }
  source = await rowsOf({ dataDir: sourceDir });
  const backup = await cli(['backup', '--out', backupFile], { dataDir: sourceDir });
  if (backup.code !== 0) throw new Error(`backup failed: ${backup.stderr}`);
}, 300_000);

describe('backup and restore', () => {
  it('backs up a demo store with every kind of row, privately', () => {
    for (const t of BACKUP_TABLES) expect(source[t]?.length, t).toBeGreaterThan(0);
    expect((source.delivery_cells ?? []).length).toBeGreaterThan(1000);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const text = gunzipSync(readFileSync(backupFile)).toString('utf8');
    expect(text).not.toContain('x'.repeat(43));
  });

  it('restores into an empty SQLite store exactly', async () => {
    const target = join(dir, 'sqlite-target');
    const restored = await cli(['restore', backupFile], { dataDir: target });
    expect(restored.code, restored.stderr).toBe(0);
    expect(await rowsOf({ dataDir: target })).toEqual(source);
    const store = await openStore({ dataDir: target });
    const original = await openStore({ dataDir: sourceDir });
    try {
      expect(await store.fingerprint()).toBe(await original.fingerprint());
      // Ids continue after the restored ones.
      const next = await store.appendAudit({ actor: 'admin', action: 'test', objectType: 't', objectId: '1', details: {} });
      expect(next.id).toBe(Math.max(...(source.audit_log ?? []).map((r) => Number((r as { id: number }).id))) + 1);
    } finally {
      await store.close();
      await original.close();
    }
  }, 120_000);

  it('refuses to restore over data, and never overwrites a file with a backup', async () => {
    const again = await cli(['restore', backupFile], { dataDir: sourceDir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('the store is not empty');
    expect(await rowsOf({ dataDir: sourceDir })).toEqual(source);
    const overwrite = await cli(['backup', '--out', backupFile], { dataDir: sourceDir });
    expect(overwrite.code).not.toBe(0);
    expect(overwrite.stderr).not.toContain('internal error');
  }, 60_000);

  it('refuses a cut or altered backup and leaves the empty store empty', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, 100).join('\n')));
    const altered = join(dir, 'altered.jsonl.gz');
    const cellLine = lines.findIndex((l) => /"numerator":\d+/.test(l));
    writeFileSync(
      altered,
      gzipSync(lines.map((l, i) => (i === cellLine ? l.replace(/"numerator":(\d+)/, (_m, n) => `"numerator":${Number(n) + 1}`) : l)).join('\n')),
    );
    for (const [file, phrase] of [
      [cut, 'it is cut short'],
      [altered, 'do not match the checksum'],
    ] as const) {
      const target = join(dir, `refused-${phrase.length}`);
      const result = await cli(['restore', file], { dataDir: target });
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.stderr).toContain(phrase);
      expect(Object.values(await rowsOf({ dataDir: target })).every((rows) => rows.length === 0)).toBe(true);
    }
  }, 60_000);

  it.skipIf(!postgresWanted)(
    'restores into PostgreSQL exactly, and back from PostgreSQL into SQLite',
    async () => {
      const db = await createPostgresDatabase();
      try {
        const restored = await cli(['restore', backupFile], { databaseUrl: db.url });
        expect(restored.code, restored.stderr).toBe(0);
        expect(await rowsOf({ databaseUrl: db.url })).toEqual(source);
        const fromPg = join(dir, 'from-pg.jsonl.gz');
        const backup = await cli(['backup', '--out', fromPg], { databaseUrl: db.url });
        expect(backup.code, backup.stderr).toBe(0);
        const target = join(dir, 'sqlite-from-pg');
        expect((await cli(['restore', fromPg], { dataDir: target })).code).toBe(0);
        expect(await rowsOf({ dataDir: target })).toEqual(source);
        const pgStore = await openStore({ dataDir: join(dir, 'unused'), databaseUrl: db.url });
        try {
          const next = await pgStore.appendAudit({ actor: 'admin', action: 'test', objectType: 't', objectId: '1', details: {} });
          expect(next.id).toBe((source.audit_log ?? []).length + 1);
        } finally {
          await pgStore.close();
        }
      } finally {
        await db.drop();
      }
    },
    180_000,
  );
});
