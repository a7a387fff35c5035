/**
 * The dashboard as a Hono app, built from its dependencies (no globals), so tests can inject an
 * in-memory data source and a test-only Content-Security-Policy.
 */
import { DEMO_MUNICIPALITY, municipalityName } from '../municipalities/index.ts';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isUserError } from '../errors/user-error.ts';
import { dashboardSource, installAuth } from './auth/install-auth.ts';
import type { WebAuth, WebAuthDeps } from './auth/web-auth.ts';
import type { DashboardData } from './data.ts';
import { DEFAULT_CHROMIUM } from '../services/config.ts';
import { DEFAULT_THRESHOLD } from '../services/publish-guard.ts';
import { parseLang, resolveLang } from './i18n/index.ts';
import { escapeHtml } from './html.ts';
import { ResponseCache } from './response-cache.ts';
import { registerApiRoutes } from './routes/api-routes.ts';
import { type AppEnv, jsonError, type RouteContext, toResponse } from './routes/context.ts';
import { registerDownloadRoutes } from './routes/download-routes.ts';
import { notFoundPage, registerPageRoutes } from './routes/page-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { Snapshot } from './snapshot.ts';
import { loadStaticAssets } from './static-assets.ts';

export interface AppDeps {
  readonly data: DashboardData;
  /** Shown in the header and the page titles. Default "Demo Kommune". */
  readonly municipality?: string;
  /** The own municipality's three-digit code, the default view everywhere. Default `999` (the demo's). */
  readonly municipalityCode?: string;
  /** Counts from 1 to threshold − 1 are never shown. Default 5. */
  readonly suppressionThreshold?: number;
  /** Rendered responses kept in memory. Default 500. */
  readonly cacheSize?: number;
  /** Overrides the Content-Security-Policy (tests only). */
  readonly contentSecurityPolicy?: string;
  /** The Chromium binary for the PDF report. Default `INDIKATOR_CHROMIUM`'s default, `/usr/bin/chromium`. */
  readonly chromiumPath?: string;
  /** Users, roles and the delivery workflow; without it the dashboard is open and read-only. */
  readonly auth?: WebAuthDeps;
}

const LANG_COOKIE = 'lang';
const ONE_YEAR = 365 * 24 * 60 * 60;

/**
 * Builds the app.
 *
 * @example const app = createApp({ data }); const res = await app.request('/');
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const threshold = deps.suppressionThreshold ?? DEFAULT_THRESHOLD;
  const ownCode = deps.municipalityCode ?? DEMO_MUNICIPALITY.code;
  const ownName = deps.municipality ?? municipalityName(ownCode, DEMO_MUNICIPALITY.name);
  const statics = loadStaticAssets();
  let current: Snapshot | undefined;
  let auth: WebAuth | undefined;
  const ctx: RouteContext = {
    async snapshot() {
      const { data, tag } = await dashboardSource(deps.data, auth);
      const version = tag + (await data.version());
      if (current?.version !== version) current = new Snapshot(version, data, threshold);
      return current;
    },
    cache: new ResponseCache(deps.cacheSize ?? 500),
    municipality: ownName,
    municipalityCode: ownCode,
    municipalityName: (code) => (code === ownCode ? ownName : municipalityName(code)),
    assetVersion: statics.version,
    threshold,
    chromiumPath: deps.chromiumPath ?? DEFAULT_CHROMIUM,
  };
  const headers = securityHeaders(deps.contentSecurityPolicy);
  const app = new Hono<AppEnv>();

  // Headers are set before the handler runs, so responses built with `c.body` carry them
  // without the body being copied afterwards.
  app.use(async (c, next) => {
    const asked = parseLang(c.req.query('lang'));
    c.set('lang', resolveLang(asked, getCookie(c, LANG_COOKIE)));
    if (asked !== undefined) {
      setCookie(c, LANG_COOKIE, asked, { path: '/', maxAge: ONE_YEAR, sameSite: 'Lax', httpOnly: true });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    await next();
  });

  if (deps.auth !== undefined) auth = installAuth(app, ctx, deps.auth);

  app.get('/static/:file', (c) => {
    const asset = statics.assets.get(c.req.param('file'));
    if (asset === undefined) return c.notFound();
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=86400' });
  });

  registerPageRoutes(app, ctx);
  registerApiRoutes(app, ctx);
  registerDownloadRoutes(app, ctx);
  registerReportRoutes(app, ctx);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/download/') || c.req.path.startsWith('/chart/')) {
      return toResponse(c, jsonError(404, `not found: ${c.req.path}`));
    }
    return toResponse(c, notFoundPage(c, ctx, c.get('lang') ?? 'da'));
  });

  // The one mapping of errors for the web: a person's mistake (a `UserError`) answers with its own
  // status and message in the page's language; anything else is a bug, logged, and answered 500.
  app.onError((error, c) => {
    const api = c.req.path.startsWith('/api/');
    const lang = c.get('lang') ?? 'da';
    const headers = { 'Content-Type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8' };
    if (isUserError(error)) {
      const status = error.httpStatus as 400;
      const body = api
        ? JSON.stringify({ error: { status, code: 'user_error', message: error.messageEn, message_da: error.messageDa } })
        : `<!doctype html><html lang="${lang}"><title>${lang === 'da' ? 'Fejl' : 'Error'}</title><h1>${lang === 'da' ? 'Fejl' : 'Error'}</h1><p>${escapeHtml(error.text(lang))}</p></html>`;
      return c.body(body, status, headers);
    }
    console.error('[web]', error instanceof Error ? error.message : String(error));
    const body = api
      ? JSON.stringify({ error: { status: 500, code: 'internal', message: 'internal error' } })
      : '<!doctype html><html lang="da"><title>Fejl</title><h1>Der opstod en fejl</h1><p>Prøv igen senere.</p></html>';
    return c.body(body, 500, headers);
  });

  return app;
}
