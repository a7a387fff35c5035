/** `indikator serve [--port 3000]`: the web application (also `npm start`). */
import path from 'node:path';
import type { Command } from 'commander';
import { serveDefaults } from '../../services/config.ts';
import { cliContext } from '../context.ts';
import { runDemo } from './demo.ts';

export function registerServe(program: Command): void {
  const defaults = serveDefaults();
  program
    .command('serve')
    .description('start webapplikationen / start the web application')
    .option('--port <port>', 'port (også / also PORT)', defaults.port)
    .option('--host <host>', 'netværksinterface / interface to listen on', defaults.host)
    .option('--demo', 'indlæs demokommunen, hvis databasen er tom / load the demo municipality if the store is empty', false)
    .action(async (opts: { port: string; host: string; demo: boolean }) => {
      const { AREA_NAMES_FILE, storeIsEmpty } = await import('../../services/demo.ts');
      const { storeDashboardData } = await import('../../services/dashboard-data.ts');
      const { AREA_LIST_FILE } = await import('../../services/housing-list/index.ts');
      const { startServer } = await import('../../web/index.ts');
      const ctx = cliContext();
      const store = await ctx.store();
      if (opts.demo && (await storeIsEmpty(store))) {
        process.stderr.write('Tom database: indlæser demokommunen … / empty store: loading the demo municipality …\n');
        await runDemo(ctx);
      }
      const { argon2idHasher, authConfigFromEnv } = await import('../../auth/index.ts');
      const { recordCatalogueChanges } = await import('../../services/catalogue-audit.ts');
      const catalogue = await ctx.catalogue();
      const dashboard = (statuses?: ['published']) =>
        storeDashboardData({
          store,
          catalogue,
          threshold: ctx.config.suppressionThreshold,
          municipality: ctx.config.municipalityCode,
          areaNamesFile: path.join(ctx.config.dataDir, AREA_NAMES_FILE),
          areaListFile: path.join(ctx.config.dataDir, AREA_LIST_FILE),
          ...(statuses === undefined ? {} : { statuses }),
        });
      const authConfig = authConfigFromEnv(ctx.environment);
      await recordCatalogueChanges(store, catalogue, 'system');
      const server = await startServer({
        port: Number(opts.port),
        hostname: opts.host,
        // A councillor's first Word report should not pay the layout's start-up (docs/dashboard.md).
        warmUpReports: true,
        municipality: ctx.config.municipalityName,
        municipalityCode: ctx.config.municipalityCode,
        suppressionThreshold: ctx.config.suppressionThreshold,
        chromiumPath: ctx.config.chromiumPath,
        data: dashboard(),
        auth: {
          store,
          catalogue,
          hasher: argon2idHasher(),
          publishedData: dashboard(['published']),
          required: authConfig.required,
          secureCookies: authConfig.secureCookies,
          sessionTtlMs: authConfig.sessionHours * 3_600_000,
          uploadMaxBytes: authConfig.uploadMaxBytes,
          uploadLimits: {
            ...(authConfig.uploadTimeoutMs === undefined ? {} : { timeoutMs: authConfig.uploadTimeoutMs }),
            ...(authConfig.uploadHeapMb === undefined ? {} : { heapMb: authConfig.uploadHeapMb }),
          },
          trustedProxies: authConfig.trustedProxies,
          ...(authConfig.oidc === undefined ? {} : { oidc: authConfig.oidc }),
        },
      });
      process.stdout.write(`Indikatorer kører på / running at ${server.url}\n`);
      const stop = async () => {
        await server.close();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
