/** `indikator catalogue [--json]`: the indicators of the memo. */
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';

export function registerCatalogue(program: Command): void {
  program
    .command('catalogue')
    .description('vis indikatorkataloget / list the indicator catalogue')
    .option('--json', 'som JSON / as JSON', false)
    .option('--lang <lang>', 'da eller en', 'da')
    .action(async (opts: { json: boolean; lang: string }) => {
      await withContext(async (ctx) => {
        const { catalogueSummary } = await import('../../catalogue/index.ts');
        const catalogue = await ctx.catalogue();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(catalogue.indicators, null, 2)}\n`);
          return;
        }
        const rows = catalogueSummary(catalogue, opts.lang === 'en' ? 'en' : 'da');
        const table = textTable(
          ['id', 'ejer / owner', 'mål / measure', 'ønsket / wanted', 'status'],
          rows.map((r) => [r.id, r.owners.join(', ') || '(undersøges)', r.measure, r.wanted, r.status]),
        );
        process.stdout.write(`${table}\n`);
      });
    });
}
