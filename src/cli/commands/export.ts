/** `indikator export --format jsonstat|csv --out FILE`: the published figures, for another installation or a spreadsheet. */
import { type Command, Option } from 'commander';
import { withContext } from '../context.ts';

interface ExportCliOptions {
  format: 'jsonstat' | 'csv';
  out: string;
  period?: string;
  municipality?: string;
  synthetic: boolean;
  excel: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('eksportér de offentliggjorte tal / export the published figures (JSON-stat 2.0 or CSV)')
    .addOption(new Option('--format <format>', 'filformat / file format').choices(['jsonstat', 'csv']).default('jsonstat'))
    .requiredOption('--out <file>', 'outputfil / output file')
    .option('--period <period>', 'kun denne periode / only this period')
    .option('--municipality <code>', 'kommunekode eller "all" (standard: egen kommune) / municipality code or "all" (default: own)')
    .option('--excel', 'CSV til dansk Excel (semikolon, decimalkomma) / CSV for Danish Excel (semicolon, decimal comma)', false)
    .option('--synthetic', 'markér tallene som syntetiske / mark the figures as synthetic', false)
    .action(async (opts: ExportCliOptions) => {
      await withContext(async (ctx) => {
        const { exportFigures } = await import('../../services/exchange/index.ts');
        const summary = await exportFigures(await ctx.store(), await ctx.catalogue(), {
          format: opts.format,
          csvVariant: opts.excel ? 'excel' : 'machine',
          out: opts.out,
          threshold: ctx.config.suppressionThreshold,
          municipality: opts.municipality ?? ctx.config.municipalityCode,
          ownCode: ctx.config.municipalityCode,
          ownName: ctx.config.municipalityName,
          synthetic: opts.synthetic,
          ...(opts.period === undefined ? {} : { period: opts.period }),
        });
        process.stderr.write(
          `${summary.figures} offentliggjorte tal (${summary.suppressed} diskretioneret) for ${summary.municipalities} kommune(r) → ${opts.out}\n` +
            `${summary.figures} published figures (${summary.suppressed} suppressed) for ${summary.municipalities} municipalit(ies) → ${opts.out}\n`,
        );
      });
    });
}
