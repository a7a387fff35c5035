/**
 * Starting the dashboard on a port (0 picks a free one) with Node's HTTP server, and stopping it.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp } from './app.ts';

export interface ServerOptions extends AppDeps {
  /** Port to listen on; 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on. Default 127.0.0.1 for tests and local use; set 0.0.0.0 to expose. */
  readonly hostname?: string;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
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
