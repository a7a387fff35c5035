/**
 * `indikator statbank fetch [--municipality 101] [--tables …] [--offline]` fetches public context
 * figures from Statistics Denmark's StatBank (`STATBANK_URL`) into the store; `indikator statbank
 * tables` lists the tables used with their updated stamps from the cache. Without network, `fetch`
 * works from the cache with a warning per table, and fails with a clear message when nothing is
 * cached.
 */
import os from 'node:os';
import type { Command } from 'commander';
import type { ContextOutcome } from '../../services/statbank.ts';
import { STATBANK_TABLE_IDS } from '../../statbank-client/table-ids.ts';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';
import { usageProblem } from './options.ts';

interface FetchOptions {
  municipality?: string;
  tables?: string;
  offline: boolean;
  timeout: string;
  actor: string;
  json: boolean;
}

const SOURCE_WORDS = { network: 'hentet / fetched', cache: 'uændret / unchanged (cache)', stale: 'gemt / cached (offline)' } as const;

function printOutcome(outcome: ContextOutcome): void {
  const table = textTable(
    ['tabel / table', 'periode / period', 'opdateret / updated', 'kilde / source', 'rækker / rows'],
    outcome.tables.map((t) => [t.tableId, t.period, t.updated, SOURCE_WORDS[t.source], String(t.rows)]),
  );
  process.stdout.write(`${outcome.municipalityName} (${outcome.municipality})\n${table}\n`);
  process.stdout.write(
    outcome.saved ? `${outcome.rows.length} rækker gemt / rows stored\n` : 'Ingen ændringer siden sidste hentning / nothing changed since the last fetch\n',
  );
}

async function runFetch(opts: FetchOptions): Promise<void> {
  const timeoutMs = Number(opts.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw usageProblem(`--timeout skal være et antal millisekunder: ${opts.timeout}`, `--timeout must be milliseconds: ${opts.timeout}`);
  }
  await withContext(async (ctx) => {
    const { fetchContext } = await import('../../services/statbank.ts');
    const { createStatbankClient } = await import('../../statbank-client/index.ts');
    const client = createStatbankClient({ baseUrl: ctx.config.statbankUrl, timeoutMs });
    const outcome = await fetchContext(
      // The own municipality by default: on the demo, `999`, whose synthetic answers the demo caches.
      { municipality: opts.municipality ?? ctx.config.municipalityCode, ...(opts.tables ? { tables: opts.tables.split(',') } : {}) },
      {
        client,
        store: await ctx.store(),
        threshold: ctx.config.suppressionThreshold,
        now: () => new Date(),
        offline: opts.offline,
        actor: opts.actor,
        onProgress: (table, step) => process.stderr.write(`${step === 'tableinfo' ? 'Metadata' : 'Data'}: ${table} …\n`),
      },
    );
    for (const warning of outcome.warnings) process.stderr.write(`Advarsel / warning: ${warning}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    else printOutcome(outcome);
  });
}

async function runTables(opts: { json: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const { statbankTables } = await import('../../services/statbank.ts');
    const tables = await statbankTables(await ctx.store());
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(tables, null, 2)}\n`);
      return;
    }
    const table = textTable(
      ['tabel / table', 'titel / title', 'opdateret / updated', 'hentet / fetched', 'rækker / rows'],
      tables.map((t) => [t.tableId, t.title ?? '(ikke hentet / not fetched)', t.updated ?? '–', t.fetchedAt ?? '–', String(t.rows)]),
    );
    process.stdout.write(`${table}\n`);
  });
}

export function registerStatbank(program: Command): void {
  const statbank = program.command('statbank').description('offentlig statistik fra Danmarks Statistik / public figures from Statistics Denmark');
  statbank
    .command('fetch')
    .description('hent kontekst for en kommune til databasen / fetch a municipality’s context into the store')
    .option('--municipality <code>', 'kommunekode med tre cifre, fx 101 (standard: egen kommune) / three-digit municipality code (default: own)')
    .option('--tables <ids>', `kommasepareret, standard alle / comma-separated, default all: ${STATBANK_TABLE_IDS.join(',')}`)
    .option('--offline', 'brug kun gemte svar / use cached answers only', false)
    .option('--timeout <ms>', 'tidsgrænse pr. forespørgsel / time limit per request', '30000')
    .option('--actor <name>', 'hvem henter (auditlog) / who fetches (audit log)', os.userInfo().username)
    .option('--json', 'som JSON / as JSON', false)
    .action((opts: FetchOptions) => runFetch(opts));
  statbank
    .command('tables')
    .description('vis de anvendte tabeller og deres opdateringsdato / list the tables used and when they were updated')
    .option('--json', 'som JSON / as JSON', false)
    .action((opts: { json: boolean }) => runTables(opts));
}
