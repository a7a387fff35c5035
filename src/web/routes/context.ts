/**
 * What every route needs: the current data snapshot, the response cache and the page shell's
 * settings, plus `respond`, which serves a response from the cache or renders and caches it.
 */
import type { Context } from 'hono';
import type { Lang } from '../../catalogue/index.ts';
import type { RequestAuth } from '../auth/request-auth.ts';
import type { CachedResponse, ResponseCache } from '../response-cache.ts';
import type { Snapshot } from '../snapshot.ts';

/** `auth` is set by the auth middleware, and undefined when the app runs without authentication. */
export type AppEnv = { Variables: { lang: Lang; auth: RequestAuth | undefined } };
export type AppContext = Context<AppEnv>;

export interface RouteContext {
  /** The snapshot of the current data version. */
  snapshot(): Promise<Snapshot>;
  readonly cache: ResponseCache;
  /** The own municipality's name (header, titles, report). */
  readonly municipality: string;
  /** The own municipality's three-digit code: the default view. */
  readonly municipalityCode: string;
  /** The name to show for a municipality code (the own name for the own code). */
  municipalityName(code: string): string;
  readonly assetVersion: string;
  /** The suppression threshold in force: counts 1 … threshold − 1 are never shown, and the texts say so. */
  readonly threshold: number;
  /** The Chromium binary that prints the PDF report. */
  readonly chromiumPath: string;
}

/** A rendered HTML page. */
export function htmlPage(body: string, status = 200): CachedResponse {
  return { status, contentType: 'text/html; charset=utf-8', body };
}

/** A JSON body. */
export function jsonBody(value: unknown, status = 200): CachedResponse {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

/** The JSON error every API failure returns. */
export function jsonError(status: 400 | 404, message: string, issues?: unknown): CachedResponse {
  const code = status === 404 ? 'not_found' : 'bad_request';
  return jsonBody({ error: { status, code, message, ...(issues === undefined ? {} : { issues }) } }, status);
}

/**
 * Turns a cached response into an HTTP response through the context, so that the headers the
 * middleware set beforehand (security headers, the language cookie) are merged in without
 * copying the body.
 */
export function toResponse(c: AppContext, response: CachedResponse): Response {
  const headers = { 'Content-Type': response.contentType, 'Cache-Control': 'no-cache', Vary: 'Cookie', ...response.headers };
  const status = response.status as 200;
  return typeof response.body === 'string' ? c.body(response.body, status, headers) : c.body(new Uint8Array(response.body), status, headers);
}

/**
 * Serves the request from the cache, keyed by data version, language and path with query, or
 * renders it with `produce`.
 */
export async function respond(c: AppContext, ctx: RouteContext, produce: (snapshot: Snapshot, lang: Lang) => Promise<CachedResponse>): Promise<Response> {
  const snapshot = await ctx.snapshot();
  const lang = c.get('lang');
  const url = new URL(c.req.url);
  // A signed-in page carries the user's menu and CSRF token, so it is cached per session.
  const session = c.get('auth')?.signedIn?.session.id ?? '';
  const key = `${lang}|${session}|${url.pathname}${url.search}`;
  return toResponse(c, await ctx.cache.get(snapshot.version, key, () => produce(snapshot, lang)));
}
