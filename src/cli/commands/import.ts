/** `indikator import <file>`: validate an aggregated delivery and store it as a new version. */
import os from 'node:os';
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';
import { parseSheet } from './options.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('validér og gem en aggregeret levering / validate and store an aggregated delivery')
    .argument(
      '<file>',
      'leveringsfil (CSV eller XLSX), eller en eksportfil (JSON-stat eller CSV) med sammenligningstal / delivery file (CSV or XLSX), or an export file (JSON-stat or CSV) of comparison figures',
    )
    .option('--sheet <sheet>', 'XLSX-ark (navn eller nummer) / XLSX sheet (name or number)')
    .option(
      '--actor <name>',
      'på vegne af (noteres i revisionsloggen; aktøren er altid styresystemets bruger) / on behalf of (noted in the audit log; the actor is always the operating-system user)',
    )
    .option('--json', 'som JSON / as JSON', false)
    .action(async (file: string, opts: { sheet?: string; actor?: string; json: boolean }) => {
      await withContext(async (ctx) => {
        const { importComparison, looksLikeExchangeFile } = await import('../../services/exchange/index.ts');
        if (await looksLikeExchangeFile(file)) {
          const actorNote = opts.actor?.trim().slice(0, 200);
          const saved = await importComparison(
            { file, actor: os.userInfo().username, ...(actorNote ? { actorNote } : {}), ownMunicipality: ctx.config.municipalityCode },
            await ctx.catalogue(),
            await ctx.store(),
          );
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
            return;
          }
          const { set } = saved;
          const outcome = saved.outcome === 'created' ? 'ny version / new version' : 'uændret / unchanged';
          process.stdout.write(
            `${textTable(['sammenligningstal / comparison figures', 'version', 'tal / figures', 'eksporteret / exported', 'resultat'], [[set.source, String(set.version), String(set.figureCount), set.exportedAt, outcome]])}\n`,
          );
          if (saved.skippedOwn > 0)
            process.stderr.write(
              `${saved.skippedOwn} tal for egen kommune sprunget over (beregnes her) / figures for the own municipality skipped (computed here)\n`,
            );
          return;
        }
        const { importDelivery } = await import('../../services/import/import-delivery.ts');
        // Anyone can type any name: the audit log's actor is who ran the command, the name only a note.
        const note = opts.actor?.trim().slice(0, 200);
        const imported = await importDelivery(
          {
            file,
            actor: os.userInfo().username,
            ...(note ? { actorNote: note } : {}),
            threshold: ctx.config.suppressionThreshold,
            municipality: ctx.config.municipalityCode,
            ...parseSheet(opts.sheet),
          },
          await ctx.catalogue(),
          await ctx.store(),
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(imported, null, 2)}\n`);
          return;
        }
        const rows = imported.map((d) => [
          d.indicator,
          d.period,
          String(d.version),
          String(d.cells),
          d.outcome === 'created' ? 'ny version / new version' : 'uændret / unchanged',
        ]);
        process.stdout.write(`${textTable(['indikator', 'periode', 'version', 'celler', 'resultat'], rows)}\n`);
      });
    });
}
