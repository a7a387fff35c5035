/**
 * What a command needs from the outside world, built once from the environment: configuration,
 * the catalogue, the pseudonymiser and (lazily) the store.
 */
import type { Catalogue } from '../catalogue/index.ts';
import type { Pseudonymiser } from '../ingest/index.ts';
import { type AppConfig, configFromEnv, type Environment, readEnvironment } from '../services/config.ts';
import type { Store } from '../store/index.ts';

export interface CliContext {
  config: AppConfig;
  /** The environment the configuration was read from, for the settings `auth/` parses itself. */
  environment: Environment;
  catalogue(): Promise<Catalogue>;
  pseudonymiser(): Promise<Pseudonymiser>;
  /** Opens the store on first use; `close()` closes it if it was opened. */
  store(): Promise<Store>;
  close(): Promise<void>;
}

export function cliContext(env: Environment = readEnvironment()): CliContext {
  const config = configFromEnv(env);
  let store: Promise<Store> | undefined;
  return {
    config,
    environment: env,
    // Modules are loaded when a command needs them: `--help` and light commands start fast.
    catalogue: async () => (await import('../catalogue/index.ts')).loadCatalogue(),
    pseudonymiser: async () => (await import('../ingest/index.ts')).createPseudonymiser({ dataDir: config.dataDir, key: config.pseudonymKey }),
    store() {
      store ??= import('../store/index.ts').then(({ openStore }) =>
        openStore({
          dataDir: config.dataDir,
          ownMunicipality: config.municipalityCode,
          ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
        }),
      );
      return store;
    },
    async close() {
      if (store) await (await store).close();
    },
  };
}

/** Runs `body` with a context and always closes what it opened. */
export async function withContext<T>(body: (ctx: CliContext) => Promise<T>): Promise<T> {
  const ctx = cliContext();
  try {
    return await body(ctx);
  } finally {
    await ctx.close();
  }
}
