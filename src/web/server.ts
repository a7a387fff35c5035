/**
 * Starting the dashboard on a port (0 picks a free one) with Node's HTTP server, and stopping it.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { warmUpDocx } from '../report/index.ts';
import { type AppDeps, createApp } from './app.ts';

export interface ServerOptions extends AppDeps {
  /** Port to listen on; 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on. Default 127.0.0.1 for tests and local use; set 0.0.0.0 to expose. */
  readonly hostname?: string;
  /**
   * Warm the Word report's layout up once the server listens (`indikator serve` does; default
   * off, so the tests' many servers do not each spend 0.7 s of CPU on it).
   */
  readonly warmUpReports?: boolean;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /**
   * Settles when the warm-up asked for by `warmUpReports` is done: true when it ran, false at once
   * without it or when it failed (never rejects).
   */
  readonly warmedUp: Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The Word renderer's warm-up, started on the next turn of the event loop so that `startServer`
 * resolves first (the warm-up then holds the event loop for about 0.7 s). A failure only costs the
 * first report its warm-up, so it is written to stderr and not thrown.
 */
function warmUp(enabled: boolean): Promise<boolean> {
  if (!enabled) return Promise.resolve(false);
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => warmUpDocx())
    .then(
      () => true,
      (error: unknown) => {
        process.stderr.write(`Opvarmning af Word-rapporten fejlede / warming up the Word report failed: ${String(error)}\n`);
        return false;
      },
    );
}

/**
 * Starts the server and resolves once it listens.
 *
 * @example const server = await startServer({ port: 0, data }); … await server.close();
 */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      const host = hostname.includes(':') ? `[${hostname}]` : hostname;
      resolve({
        port: info.port,
        warmedUp: warmUp(options.warmUpReports === true),
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error === undefined ? done() : fail(error)));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
