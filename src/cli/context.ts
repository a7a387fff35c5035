/**
 * What a command needs from the outside world, built once from the environment: configuration,
 * the catalogue, the pseudonymiser and (lazily) the store.
 */
import { type Catalogue, loadCatalogue } from '../catalogue/index.ts';
import { createPseudonymiser, type Pseudonymiser } from '../ingest/index.ts';
import { type AppConfig, configFromEnv } from '../services/config.ts';
import { openStore, type Store } from '../store/index.ts';

export interface CliContext {
  config: AppConfig;
  catalogue(): Catalogue;
  pseudonymiser(): Pseudonymiser;
  /** Opens the store on first use; `close()` closes it if it was opened. */
  store(): Promise<Store>;
  close(): Promise<void>;
}

export function cliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const config = configFromEnv(env);
  let store: Promise<Store> | undefined;
  return {
    config,
    catalogue: () => loadCatalogue(),
    pseudonymiser: () => createPseudonymiser({ dataDir: config.dataDir, env }),
    store() {
      store ??= openStore({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
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
