/**
 * The gate every request passes when authentication is set up: it finds the session, looks the
 * route up in the one permission table (an unknown route is refused), asks for a login or refuses,
 * limits body sizes, and checks the CSRF token of every POST — a session's own token for signed-in
 * users, a double-submitted cookie for the login form — plus the browser's Sec-Fetch-Site.
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { decideAccess, findRoutePermission, tokensEqual } from '../../auth/index.ts';
import { dictionary } from '../i18n/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { messagePage } from '../pages/message-page.ts';
import type { AppEnv } from '../routes/context.ts';
import { renderPage } from '../routes/page-routes.ts';
import type { RouteContext } from '../routes/context.ts';
import { toResponse } from '../routes/context.ts';
import type { WebAuth } from './web-auth.ts';

/** Paths answered in JSON or as files, where a redirect to the login page makes no sense. */
export function isMachinePath(path: string): boolean {
  return path.startsWith('/api/') || path.startsWith('/download/') || path.startsWith('/chart/') || path.endsWith('.csv');
}

/** A JSON or HTML refusal with the given status. */
export function refusal(c: Context<AppEnv>, ctx: RouteContext, status: 401 | 403 | 413, message: string): Response {
  if (isMachinePath(c.req.path)) {
    const code = status === 401 ? 'unauthorized' : status === 413 ? 'too_large' : 'forbidden';
    return c.json({ error: { status, code, message } }, status);
  }
  const lang = c.get('lang');
  const words = workflowWords(lang);
  const title = status === 413 ? words.tooLargeTitle : status === 401 ? words.loginTitle : words.forbiddenTitle;
  return toResponse(c, renderPage(c, ctx, lang, { title, body: messagePage(title, message, dictionary(lang)) }, status));
}

function loginNeeded(c: Context<AppEnv>, ctx: RouteContext): Response {
  if (isMachinePath(c.req.path)) return refusal(c, ctx, 401, 'login required');
  if (c.req.method !== 'GET') return refusal(c, ctx, 401, workflowWords(c.get('lang')).loginIntro);
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
}

async function submittedToken(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header !== undefined) return header;
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return undefined;
  const body = await c.req.parseBody();
  const token = body._csrf;
  return typeof token === 'string' ? token : undefined;
}

async function csrfRefused(c: Context<AppEnv>, expected: string | undefined): Promise<boolean> {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  return !tokensEqual(await submittedToken(c), expected);
}

/** The middleware; install it after the language and security-header middleware. */
export function authMiddleware(auth: WebAuth, ctx: RouteContext): MiddlewareHandler<AppEnv> {
  const tooLarge = (max: number) => (c: Context<AppEnv>) => refusal(c, ctx, 413, workflowWords(c.get('lang')).tooLargeText(Math.round(max / 1024 / 1024)));
  const uploadLimit = bodyLimit({ maxSize: auth.uploadMaxBytes, onError: tooLarge(auth.uploadMaxBytes) });
  const formLimit = bodyLimit({ maxSize: auth.formMaxBytes, onError: tooLarge(auth.formMaxBytes) });

  return async (c, next) => {
    const mode = await auth.mode();
    const signedIn = mode === 'required' ? await auth.sessions.resolve(getCookie(c, auth.sessionCookie)) : undefined;
    c.set('auth', { mode, signedIn });
    const route = findRoutePermission(c.req.method, c.req.path);
    if (route === undefined) return c.notFound();
    const decision = decideAccess(route.audience, signedIn?.user.role, mode);
    if (decision === 'login') return loginNeeded(c, ctx);
    if (decision === 'forbid') return refusal(c, ctx, 403, workflowWords(c.get('lang')).forbiddenText);

    const guarded = async () => {
      if (c.req.method === 'POST') {
        const expected = c.req.path === '/login' ? getCookie(c, auth.loginCsrfCookie) : signedIn?.session.csrfToken;
        if (await csrfRefused(c, expected)) return refusal(c, ctx, 403, workflowWords(c.get('lang')).csrfRefused);
      }
      await next();
      if (signedIn !== undefined) c.header('Cache-Control', 'private, no-store');
    };
    if (c.req.method !== 'POST') return guarded();
    const upload = route.path === '/runder/:id/levering' || route.path === '/api/rounds/:id/deliveries';
    // `guarded` may return a refusal, which the body limit passes on as the response.
    return (upload ? uploadLimit : formLimit)(c, guarded as Next);
  };
}
