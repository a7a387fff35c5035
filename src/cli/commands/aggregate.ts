/** `indikator aggregate`: person-level data → a suppressed aggregated delivery file. */
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { parseSheet } from './options.ts';

interface Options {
  indicator: string;
  population: string;
  data?: string;
  period: string;
  out: string;
  sheet?: string;
}

export function registerAggregate(program: Command): void {
  program
    .command('aggregate')
    .description('personhenførte data → aggregeret levering / person-level data → aggregated delivery')
    .requiredOption('--indicator <id>', 'indikatorens id / the indicator id (se / see `indikator catalogue`)')
    .requiredOption('--population <file>', 'befolkningsudtræk / population extract')
    .option('--data <file>', 'indikatorens personfil (ikke for boligomraader-diversitet) / the indicator’s person-level file')
    .requiredOption('--period <period>', 'fx / e.g. 2025, 2024-10/2025-09, 2024/2025, KV2025')
    .requiredOption('--out <file.csv>', 'den aggregerede levering / the aggregated delivery file')
    .option('--sheet <sheet>', 'XLSX-ark for personfilen / XLSX sheet of the data file')
    .action(async (opts: Options) => {
      await withContext(async (ctx) => {
        const { aggregateIndicator, parentStatusWarning, readClassifiedPopulation, writeDeliveryFile } = await import(
          '../../services/aggregate-delivery/index.ts'
        );
        const pseudonymiser = await ctx.pseudonymiser();
        const population = await readClassifiedPopulation(opts.population, pseudonymiser);
        const outcome = await aggregateIndicator(
          { indicatorId: opts.indicator, period: opts.period, population, dataFile: opts.data ?? null, ...parseSheet(opts.sheet) },
          { catalogue: await ctx.catalogue(), pseudonymiser, threshold: ctx.config.suppressionThreshold, municipality: ctx.config.municipalityCode },
        );
        await writeDeliveryFile(opts.out, outcome.indicator, outcome.period, outcome.cells);
        const suppressed = outcome.cells.filter((c) => c.suppressed).length;
        process.stdout.write(`${outcome.cells.length} celler (${suppressed} diskretioneret / suppressed) → ${opts.out}\n`);
        if (outcome.unmatchedRows.length > 0) {
          const shown = outcome.unmatchedRows.slice(0, 20).join(', ');
          const more = outcome.unmatchedRows.length > 20 ? ' …' : '';
          process.stderr.write(
            `${outcome.unmatchedRows.length} rækker i ${opts.data} har en person, der ikke er i befolkningsudtrækket / rows whose person is not in the population extract: ${shown}${more}\n`,
          );
        }
        for (const note of outcome.notes) process.stderr.write(`Bemærk / note: ${note}\n`);
        const warning = parentStatusWarning(outcome.parentsWithoutStatus);
        if (warning !== null) process.stderr.write(`${warning.da}\n${warning.en}\n`);
      });
    });
}
