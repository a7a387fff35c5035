/** `indikator aggregate`: person-level data → suppressed aggregated delivery files. */
import type { Command } from 'commander';
import type { AggregateOutcome, PlannedDelivery } from '../../services/aggregate-delivery/index.ts';
import { withContext } from '../context.ts';
import { parseSheet, usageProblem } from './options.ts';

interface Options {
  indicator?: string;
  population: string;
  data?: string;
  period?: string;
  out?: string;
  sheet?: string;
  plan?: string;
}

export function registerAggregate(program: Command): void {
  program
    .command('aggregate')
    .description('personhenførte data → aggregeret levering / person-level data → aggregated delivery')
    .requiredOption('--population <file>', 'befolkningsudtræk / population extract')
    .option('--indicator <id>', 'indikatorens id / the indicator id (se / see `indikator catalogue`)')
    .option('--data <file>', 'indikatorens personfil (ikke for boligomraader-diversitet) / the indicator’s person-level file')
    .option('--period <period>', 'fx / e.g. 2025, 2024-10/2025-09, 2024/2025, KV2025')
    .option('--out <file.csv>', 'den aggregerede levering / the aggregated delivery file')
    .option('--sheet <sheet>', 'XLSX-ark for personfilen / XLSX sheet of the data file')
    .option(
      '--plan <file.csv>',
      'flere leveringer fra samme udtræk: én række pr. levering med indicator;period;data;out / several deliveries from one extract: a row each with indicator;period;data;out',
    )
    .action(async (opts: Options) => {
      await withContext(async (ctx) => {
        const { aggregateIndicators, checkedRequest, parentStatusWarning, readAggregatePlan, readClassifiedPopulation, writeDeliveryFile } = await import(
          '../../services/aggregate-delivery/index.ts'
        );
        const plan = opts.plan === undefined ? [single(opts)] : await readAggregatePlan(planOnly(opts, opts.plan));
        const catalogue = await ctx.catalogue();
        // Every delivery is checked before the population is read (minutes at national scale).
        for (const delivery of plan) checkedRequest({ indicatorId: delivery.indicator, period: delivery.period }, catalogue);
        const pseudonymiser = await ctx.pseudonymiser();
        const population = await readClassifiedPopulation(opts.population, pseudonymiser);
        const outcomes = await aggregateIndicators(
          plan.map((d) => ({ indicatorId: d.indicator, period: d.period, population, dataFile: d.dataFile, ...parseSheet(d.sheet) })),
          { catalogue, pseudonymiser, threshold: ctx.config.suppressionThreshold, municipality: ctx.config.municipalityCode },
        );
        for (const [i, outcome] of outcomes.entries()) {
          const delivery = plan[i] as PlannedDelivery;
          await writeDeliveryFile(delivery.out, outcome.indicator, outcome.period, outcome.cells);
          report(outcome, delivery);
        }
        const warning = parentStatusWarning(population.classified.parentsWithoutStatus);
        if (warning !== null) process.stderr.write(`${warning.da}\n${warning.en}\n`);
      });
    });
}

/** The one delivery the options describe (without `--plan`). */
function single(opts: Options): PlannedDelivery {
  if (opts.indicator === undefined || opts.period === undefined || opts.out === undefined) {
    throw usageProblem(
      'angiv --indicator, --period og --out, eller --plan med en række pr. levering',
      'give --indicator, --period and --out, or --plan with a row per delivery',
    );
  }
  return {
    indicator: opts.indicator,
    period: opts.period,
    dataFile: opts.data ?? null,
    out: opts.out,
    ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }),
  };
}

/** The plan's file, when no option of a single delivery is given beside it (which would be silently ignored). */
function planOnly(opts: Options, plan: string): string {
  if ([opts.indicator, opts.period, opts.out, opts.data, opts.sheet].some((o) => o !== undefined)) {
    throw usageProblem(
      'med --plan står leveringerne i planen; angiv ikke også --indicator, --period, --data, --out eller --sheet',
      'with --plan the deliveries are in the plan; do not also give --indicator, --period, --data, --out or --sheet',
    );
  }
  return plan;
}

/** What a delivery came to: its cells, and the rows and notes a steward should look at. */
function report(outcome: AggregateOutcome, delivery: PlannedDelivery): void {
  const suppressed = outcome.cells.filter((c) => c.suppressed).length;
  process.stdout.write(`${outcome.cells.length} celler (${suppressed} diskretioneret / suppressed) → ${delivery.out}\n`);
  if (outcome.unmatchedRows.length > 0) {
    const shown = outcome.unmatchedRows.slice(0, 20).join(', ');
    const more = outcome.unmatchedRows.length > 20 ? ' …' : '';
    process.stderr.write(
      `${outcome.unmatchedRows.length} rækker i ${delivery.dataFile} har en person, der ikke er i befolkningsudtrækket / rows whose person is not in the population extract: ${shown}${more}\n`,
    );
  }
  for (const note of outcome.notes) process.stderr.write(`Bemærk / note: ${note}\n`);
}
