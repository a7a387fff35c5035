/**
 * `indikator target set|list|remove`: the council's targets from the command line. Values are typed
 * in the unit the reader sees (60 = 60 % for a share; −5 = −5 percentage points for a gap).
 */
import os from 'node:os';
import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';

const ACTOR = `cli:${os.userInfo().username}`;

interface SetOptions {
  value: string;
  year: string;
  baseline?: string;
  measure?: string;
  group?: string;
  decision?: string;
}

export function registerTarget(program: Command): void {
  const target = program.command('target').description('mål fastsat af byrådet / targets set by the council');

  target
    .command('set')
    .description('sæt eller ændr en indikators mål / set or change an indicator’s target')
    .argument('<indicator>', 'indikatorens id / the indicator id')
    .requiredOption('--value <v>', 'målet i visningsenheden (60 = 60 %) / the target in the display unit (60 = 60 %)')
    .requiredOption('--year <yyyy>', 'målåret / the target year')
    .option('--baseline <period>', 'basisperiode (standard: første periode) / baseline period (default: the first)')
    .option('--measure <level|gap>', 'niveau eller forskel til sammenligningsgruppen / level or gap to the comparison group', 'level')
    .option('--group <group>', 'gruppen målet gælder (target) / the group the target is for (target)', 'target')
    .option('--decision <text>', 'beslutningen målet bygger på / the decision it rests on')
    .action(async (indicator: string, opts: SetOptions) => {
      await withContext(async (ctx) => {
        const { setTarget } = await import('../../services/targets.ts');
        const deps = { store: await ctx.store(), catalogue: await ctx.catalogue() };
        // A refusal is a `UserError`: the command line prints it in Danish and English and exits non-zero.
        const written = await setTarget(deps, { indicator, ...opts }, ACTOR);
        process.stdout.write(
          written === null
            ? `Uændret / unchanged: ${indicator} har allerede dette mål / already has this target\n`
            : `Mål sat / target set: ${indicator}, version ${written.version}\n`,
        );
      });
    });

  target
    .command('list')
    .description('vis målene og fremdriften / list the targets and their progress')
    .option('--json', 'som JSON / as JSON', false)
    .action(async (opts: { json: boolean }) => {
      await withContext(async (ctx) => {
        const { formatDifference, formatMeasure } = await import('../../format/index.ts');
        const { currentTargetViews } = await import('../../services/targets.ts');
        const catalogue = await ctx.catalogue();
        const views = await currentTargetViews({ store: await ctx.store(), catalogue }, ctx.config.suppressionThreshold);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
          return;
        }
        if (views.length === 0) {
          process.stdout.write('Ingen mål er sat endnu (indikator target set …) / no targets set yet\n');
          return;
        }
        const { progressLabel } = await import('../../narrative/index.ts');
        // Danish headings and words, as the other tables of the command line; --json keeps the codes.
        const table = views.map(({ target: t, progress: p }) => {
          const display = catalogue.get(t.indicator)?.display ?? { unit: 'index' as const, decimals: 2 };
          const value = t.measure === 'gap' ? formatDifference(t.value, display, 'da', true) : formatMeasure(t.value, display, 'da');
          const measure = t.measure === 'gap' ? 'forskel' : 'niveau';
          return [t.indicator, measure, value, String(t.year), p.baselinePeriod ?? '–', progressLabel(p.status, 'da'), String(t.version), t.decision];
        });
        process.stdout.write(`${textTable(['indikator', 'måltype', 'mål', 'år', 'basis', 'fremdrift', 'version', 'beslutning'], table)}\n`);
      });
    });

  target
    .command('remove')
    .description('fjern en indikators mål (historikken bevares) / remove an indicator’s target (history kept)')
    .argument('<indicator>', 'indikatorens id / the indicator id')
    .action(async (indicator: string) => {
      await withContext(async (ctx) => {
        const { removeTarget } = await import('../../services/targets.ts');
        const deps = { store: await ctx.store(), catalogue: await ctx.catalogue() };
        const removed = await removeTarget(deps, indicator, ACTOR);
        process.stdout.write(`Mål fjernet / target removed: ${indicator}, version ${removed.version}\n`);
      });
    });
}
