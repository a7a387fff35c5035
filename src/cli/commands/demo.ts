/** `indikator demo`: loads the synthetic demo municipality into the store. */
import type { Command } from 'commander';
import { type CliContext, withContext } from '../context.ts';
import { createProgress } from '../progress.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('indlæs demokommunen (syntetiske data) / load the synthetic demo municipality')
    .option('--seed <n>', 'frø for de tilfældige tal / random seed', '2025')
    .action(async (opts: { seed: string }) => {
      await withContext(async (ctx) => {
        const summary = await runDemo(ctx, Number(opts.seed));
        process.stdout.write(
          `Demo Kommune: ${summary.deliveries} leveringer (${summary.created} nye versioner / new versions) fra ${summary.persons.toLocaleString('da-DK')} borgere\n`,
        );
      });
    });
}

/** Runs the demo load with progress on stderr. */
export async function runDemo(ctx: CliContext, seed?: number) {
  const { loadDemo } = await import('../../services/demo.ts');
  const progress = createProgress();
  const summary = await loadDemo(
    { store: await ctx.store(), catalogue: await ctx.catalogue(), pseudonymiser: await ctx.pseudonymiser(), threshold: ctx.config.suppressionThreshold, dataDir: ctx.config.dataDir, municipality: ctx.config.municipalityCode },
    { ...(seed === undefined ? {} : { seed }), onProgress: (done, total) => progress.update(`leveringer / deliveries (af ${total})`, done) },
  );
  progress.done();
  return summary;
}
