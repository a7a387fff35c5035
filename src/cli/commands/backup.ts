/**
 * `indikator backup --out <file>` and `indikator restore <file>`: a consistent snapshot of the whole
 * store (deliveries, cells, users, the audit log, rounds, StatBank context) while the product runs,
 * and its restore into a new, empty store — on SQLite or PostgreSQL alike (see docs/store.md).
 */
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';

function countsTable(counts: Readonly<Record<string, number>>): string {
  return textTable(
    ['tabel / table', 'rækker / rows'],
    Object.entries(counts).map(([table, n]) => [table, String(n)]),
  );
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('sikkerhedskopi af hele lageret / back up the whole store')
    .requiredOption('--out <file>', 'ny fil (overskrives aldrig), fx indikator-2026-03-01.jsonl.gz / new file (never overwritten)')
    .action(async (opts: { out: string }) => {
      await withContext(async (ctx) => {
        const { backupStore } = await import('../../services/backup.ts');
        const counts = await backupStore(await ctx.store(), opts.out);
        process.stdout.write(`${countsTable(counts)}\nSikkerhedskopi skrevet / backup written: ${opts.out}\n`);
      });
    });

  program
    .command('restore')
    .description('gendan en sikkerhedskopi i et tomt lager / restore a backup into an empty store')
    .argument('<file>', 'sikkerhedskopien / the backup file')
    .action(async (file: string) => {
      await withContext(async (ctx) => {
        const { restoreStore } = await import('../../services/backup.ts');
        const counts = await restoreStore(await ctx.store(), file);
        process.stdout.write(`${countsTable(counts)}\nGendannet / restored from ${file}\n`);
      });
    });
}
