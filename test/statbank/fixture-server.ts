/**
 * A local stand-in for `https://api.statbank.dk/v1`: a `node:http` server on 127.0.0.1 (random
 * port) that answers each request with the first responder that claims it. Requests are logged
 * (endpoint and parameters, from the query string and the JSON body alike) so that tests can count
 * what reached "StatBank". A responder may answer `hang`: the server then never answers, for the
 * client's timeout.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface Exchange {
  method: string;
  endpoint: string;
  params: Record<string, unknown>;
}

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export type Responder = (exchange: Exchange) => Answer | 'hang' | undefined;

export interface FixtureServer {
  /** Base URL like `http://127.0.0.1:49152/v1`. */
  url: string;
  exchanges: Exchange[];
  /** Exchanges to `endpoint` (optionally for one table). */
  count(endpoint: string, table?: string): number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The parameters of a request: query string first, then the JSON body's fields. */
function paramsOf(url: URL, body: string): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
  if (body.trim() !== '') Object.assign(params, JSON.parse(body) as Record<string, unknown>);
  return params;
}

/** A JSON error in StatBank's shape. */
export function statbankError(status: number, errorTypeCode: string, message: string): Answer {
  return { status, contentType: 'text/json; charset=utf-8', body: JSON.stringify({ errorTypeCode, message }) };
}

/** Starts the server with `responders`; unclaimed requests get a 404 in StatBank's error shape. */
export async function startFixtureServer(responders: readonly Responder[]): Promise<FixtureServer> {
  const exchanges: Exchange[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const endpoint = url.pathname.replace(/^\/v1\//, '').replace(/\/+$/, '');
    let exchange: Exchange;
    try {
      exchange = { method: req.method ?? 'GET', endpoint, params: paramsOf(url, await readBody(req)) };
    } catch {
      const bad = statbankError(400, 'REQUEST-INVALID', 'body is not JSON');
      res.writeHead(bad.status, { 'Content-Type': bad.contentType }).end(bad.body);
      return;
    }
    exchanges.push(exchange);
    let answer: Answer | 'hang' | undefined;
    for (const responder of responders) {
      answer = responder(exchange);
      if (answer !== undefined) break;
    }
    if (answer === 'hang') return;
    const reply = answer ?? statbankError(404, 'EXTRACT-NOTFOUND', `no fixture for ${endpoint} ${JSON.stringify(exchange.params)}`);
    res.writeHead(reply.status, { 'Content-Type': reply.contentType }).end(reply.body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    exchanges,
    count: (endpoint, table) => exchanges.filter((e) => e.endpoint === endpoint && (table === undefined || e.params.table === table)).length,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
