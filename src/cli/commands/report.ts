/** `indikator report --format html|docx|pdf --out <file>`: the report for the committee. */
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
        const { storeReportData } = await import('../../services/report-data.ts');
        const catalogue = await ctx.catalogue();
        const lang = opts.lang === 'en' ? 'en' : 'da';
        const threshold = ctx.config.suppressionThreshold;
        const { municipalityCode, dataDir } = ctx.config;
        const data = await storeReportData(await ctx.store(), catalogue, { threshold, municipalityCode, dataDir, lang });
        const now = new Date().toISOString();
        const report = await generateReport({
          ...data,
          format: opts.format,
          out: opts.out,
          catalogue,
          municipality: ctx.config.municipalityName,
          municipalityCode,
          generatedAt: now,
          dataFreeze: latestDeliveryTime(data.results) ?? now,
          lang,
          threshold,
          chromiumPath: ctx.config.chromiumPath,
          ...(opts.period ? { period: opts.period } : {}),
          ...(opts.departments ? { departments: opts.departments } : {}),
        });
        process.stdout.write(
          `Rapport (${report.format}, ${plural(report.model.sections.length, 'indikator', 'indikatorer')}, ${report.bytes.toLocaleString('da-DK')} bytes) → ${opts.out}\n`,
        );
      });
    });
}
