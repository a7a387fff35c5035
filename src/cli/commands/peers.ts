/** `indikator peers set|show`: the municipalities the own municipality is compared with. */
import os from 'node:os';
import type { Command } from 'commander';
import { withContext } from '../context.ts';

const ACTOR = `cli:${os.userInfo().username}`;

interface SetOptions {
  group?: string;
  municipalities?: string;
  default: boolean;
}

export function registerPeers(program: Command): void {
  const peers = program.command('peers').description('sammenligningskommuner / the municipalities to compare with');

  peers
    .command('set')
    .description('vælg sammenligningen (én af valgmulighederne) / choose the comparison (one of the options)')
    .option('--group <code>', 'en kommunegruppe 1–5 / a municipality group 1–5')
    .option('--municipalities <codes>', 'kommunekoder adskilt af komma, fx 101,147 / comma-separated codes, e.g. 101,147')
    .option('--default', 'tilbage til egen kommunegruppe / back to the own municipality group', false)
    .action(async (opts: SetOptions) => {
      await withContext(async (ctx) => {
        const { setPeers } = await import('../../services/peers.ts');
        const { UserError } = await import('../../errors/user-error.ts');
        const given = [opts.group !== undefined, opts.municipalities !== undefined, opts.default].filter(Boolean).length;
        if (given !== 1)
          throw new UserError('Angiv præcis én af --group, --municipalities og --default', 'Give exactly one of --group, --municipalities and --default');
        const choice = opts.default
          ? null
          : opts.group !== undefined
            ? { kind: 'group' as const, group: opts.group.trim() }
            : {
                kind: 'municipalities' as const,
                codes: (opts.municipalities ?? '')
                  .split(',')
                  .map((c) => c.trim())
                  .filter((c) => c !== ''),
              };
        const written = await setPeers(await ctx.store(), ctx.config.municipalityCode, choice, ACTOR);
        process.stdout.write(
          written === null ? 'Uændret / unchanged\n' : `${written.label.da} (${written.codes.length}) / ${written.label.en} — version ${written.version}\n`,
        );
      });
    });

  peers
    .command('show')
    .description('vis sammenligningskommunerne / show the peers')
    .option('--json', 'som JSON / as JSON', false)
    .action(async (opts: { json: boolean }) => {
      await withContext(async (ctx) => {
        const { loadPeers } = await import('../../services/peers.ts');
        const { municipalityName } = await import('../../municipalities/index.ts');
        const peersInForce = await loadPeers(await ctx.store(), ctx.config.municipalityCode);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(peersInForce, null, 2)}\n`);
          return;
        }
        const origin = peersInForce.isDefault ? 'standard / default' : `version ${peersInForce.version}`;
        process.stdout.write(`${peersInForce.label.da} / ${peersInForce.label.en} (${origin})\n`);
        for (const code of peersInForce.codes) process.stdout.write(`  ${code}  ${municipalityName(code)}\n`);
        process.stdout.write('Hele landet (000) vises altid ved siden af / the whole country is always shown beside them\n');
      });
    });
}
