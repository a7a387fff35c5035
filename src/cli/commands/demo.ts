/** `indikator demo`: loads the synthetic demo municipality into the store. */
import type { Command } from 'commander';
import { type CliContext, withContext } from '../context.ts';
import { createProgress } from '../progress.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('indlæs demokommunen (syntetiske data) / load the synthetic demo municipality')
    .option('--seed <n>', 'frø for de tilfældige tal / random seed', '2025')
    .option('--out <dir>', 'skriv kun inputfilerne (befolkning og personfiler) i en mappe / only write the input files to a folder')
    .option('--persons <n>', 'antal borgere ved start (med --out) / residents at the start (with --out)', '50000')
    .action(async (opts: { seed: string; out?: string; persons: string }) => {
      if (opts.out !== undefined) {
        await writeFiles(opts.out, Number(opts.seed), Number(opts.persons));
        return;
      }
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
    {
      store: await ctx.store(),
      catalogue: await ctx.catalogue(),
      pseudonymiser: await ctx.pseudonymiser(),
      threshold: ctx.config.suppressionThreshold,
      dataDir: ctx.config.dataDir,
      municipality: ctx.config.municipalityCode,
    },
    { ...(seed === undefined ? {} : { seed }), onProgress: (done, total) => progress.update(`leveringer / deliveries (af ${total})`, done) },
  );
  progress.done();
  return summary;
}

/** `demo --out DIR`: the demo's input files, named as the README's examples name them. */
async function writeFiles(outDir: string, seed: number, persons: number): Promise<void> {
  const { writeDemoFiles } = await import('../../services/demo.ts');
  const manifest = await writeDemoFiles(outDir, { seed, persons });
  const dataFiles = manifest.entries.filter((e) => e.dataFile !== null).length;
  const years = manifest.populationFiles.map((p) => p.year);
  process.stdout.write(
    `Demo Kommune: ${manifest.populationFiles.length} befolkningsudtræk (befolkning-${Math.min(...years)}.csv … befolkning-${Math.max(...years)}.csv) ` +
      `og ${dataFiles} personfiler skrevet i ${outDir}\n` +
      `Demo Kommune: ${manifest.populationFiles.length} population extracts and ${dataFiles} person-level files written to ${outDir}\n`,
  );
}
