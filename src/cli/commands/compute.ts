/** `indikator compute [--out <file.csv>]`: every indicator result, suppressed, as CSV. */
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { plural } from '../plural.ts';

export function registerCompute(program: Command): void {
  program
    .command('compute')
    .description('beregn alle indikatorer / compute every indicator result')
    .option('--out <file.csv>', 'skriv til fil i stedet for standard output / write to a file instead of stdout')
    .action(async (opts: { out?: string }) => {
      await withContext(async (ctx) => {
        const { csvLine } = await import('../../ingest/index.ts');
        const { writeCsvFile } = await import('../../services/output-file.ts');
        const { loadResults, RESULT_COLUMNS, resultCsvRow } = await import('../../services/results.ts');
        const catalogue = await ctx.catalogue();
        const { rows } = await loadResults(await ctx.store(), catalogue, { threshold: ctx.config.suppressionThreshold });
        if (opts.out) {
          await writeCsvFile(
            opts.out,
            RESULT_COLUMNS,
            rows.map((r) => resultCsvRow(r, catalogue)),
          );
          const indicators = new Set(rows.map((r) => r.indicator)).size;
          process.stderr.write(`${plural(rows.length, 'resultat', 'resultater')} for ${plural(indicators, 'indikator', 'indikatorer')} → ${opts.out}\n`);
          return;
        }
        process.stdout.write(csvLine(RESULT_COLUMNS));
        for (const r of rows) process.stdout.write(csvLine(resultCsvRow(r, catalogue)));
      });
    });
}
