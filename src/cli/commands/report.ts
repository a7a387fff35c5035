/** `indikator report --format html|docx|pdf --out <file>`: the report for the committee. */
import path from 'node:path';
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { usageProblem } from './options.ts';
import { plural } from '../plural.ts';

interface Options {
  format: string;
  out: string;
  period?: string;
  departments?: string[];
  lang: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('rapporten til udvalget / the report for the committee')
    .requiredOption('--format <format>', 'html, docx eller pdf')
    .requiredOption('--out <file>', 'rapportfilen / the report file')
    .option('--period <period>', 'seneste periode i rapporten / the latest period the report covers')
    .option('--departments <names...>', 'kun disse centre (del af navnet) / only these departments (part of the name)')
    .option('--lang <lang>', 'da eller en', 'da')
    .action(async (opts: Options) => {
      if (!['html', 'docx', 'pdf'].includes(opts.format)) {
        throw usageProblem(`--format skal være html, docx eller pdf (fik '${opts.format}')`, `--format must be html, docx or pdf (got '${opts.format}')`);
      }
      await withContext(async (ctx) => {
        const { generateReport, latestDeliveryTime } = await import('../../report/index.ts');
        const { loadResults } = await import('../../services/results.ts');
        const { readAreaNames } = await import('../../services/dashboard-data.ts');
        const { AREA_NAMES_FILE } = await import('../../services/demo.ts');
        const catalogue = await ctx.catalogue();
        const store = await ctx.store();
        const results = await loadResults(store, catalogue, { threshold: ctx.config.suppressionThreshold });
        const { storeComparisons } = await import('../../services/comparison-data.ts');
        const lang = opts.lang === 'en' ? 'en' : 'da';
        const compared = await storeComparisons(store, catalogue, results.rows, ctx.config.municipalityCode, lang);
        const now = new Date().toISOString();
        const report = await generateReport({
          format: opts.format,
          out: opts.out,
          catalogue,
          results,
          municipality: ctx.config.municipalityName,
          municipalityCode: ctx.config.municipalityCode,
          generatedAt: now,
          dataFreeze: latestDeliveryTime(results) ?? now,
          lang,
          threshold: ctx.config.suppressionThreshold,
          chromiumPath: ctx.config.chromiumPath,
          areaNames: await readAreaNames(path.join(ctx.config.dataDir, AREA_NAMES_FILE)),
          targets: await store.currentTargets(),
          comparisons: compared.comparisons,
          peersLabel: compared.peersLabel,
          ...(opts.period ? { period: opts.period } : {}),
          ...(opts.departments ? { departments: opts.departments } : {}),
        });
        process.stdout.write(`Rapport (${report.format}, ${plural(report.model.sections.length, 'indikator', 'indikatorer')}, ${report.bytes.toLocaleString('da-DK')} bytes) → ${opts.out}\n`);
      });
    });
}
