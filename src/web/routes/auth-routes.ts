/**
 * Logging in and out. GET /login sets a login CSRF cookie and shows the form; POST /login checks
 * it (in the middleware), asks the session service (rate limit, password, audit) and sets the
 * session cookie — Secure, HttpOnly, SameSite=Lax, `__Host-` prefixed — then goes where the user
 * was heading. POST /logout ends the session.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomToken } from '../../auth/index.ts';
import type { Session, UserRole } from '../../accounts/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { plainAddress } from '../auth/web-auth.ts';
import { loginPage } from '../pages/login-page.ts';
import type { AppContext, AppEnv } from './context.ts';
import { field, pageResponse, signedInOf, type WorkflowRouteContext } from './workflow-context.ts';

/** Where each role starts after logging in. */
export const HOME: Readonly<Record<UserRole, string>> = { admin: '/brugere', coordinator: '/runder', steward: '/runder', reader: '/' };

/** Only a path on this site (not `//host`, not back to the login page). */
export function safeNext(next: string): string | undefined {
  return /^\/(?!\/)[^\s\\]*$/.test(next) && !next.startsWith('/login') ? next : undefined;
}

/**
 * The client's address for the audit log and the rate limiter. Behind a reverse proxy every
 * connection comes from the proxy, so — only when the connection comes from a configured trusted
 * proxy — the address is the nearest one in `X-Forwarded-For` that is not itself a trusted proxy
 * (entries further left can be written by the client and are not believed).
 */
export function clientAddress(c: AppContext, trusted: ReadonlySet<string> = new Set()): string {
  let remote: string;
  try {
    remote = plainAddress(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
  if (!trusted.has(remote)) return remote;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => plainAddress(a.trim()))
    .filter((a) => a !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!trusted.has(hop)) return /^[0-9a-fA-F.:]{2,45}$/.test(hop) ? hop : 'unknown';
  }
  return remote;
}

/** The login page (with a fresh or kept login CSRF cookie), optionally with an error and status. */
export function showLogin(c: AppContext, w: WorkflowRouteContext, options: { next: string; username?: string; error?: string; status?: number }): Response {
  const token = getCookie(c, w.auth.loginCsrfCookie);
  const csrfToken = token !== undefined && /^[\w-]{43}$/.test(token) ? token : randomToken();
  setCookie(c, w.auth.loginCsrfCookie, csrfToken, { path: '/', httpOnly: true, secure: w.auth.secure, sameSite: 'Strict', maxAge: 3600 });
  const words = workflowWords(c.get('lang'));
  return pageResponse(c, w, words.loginTitle, loginPage({ words, csrfToken, oidc: w.auth.oidc !== undefined, ...options }), options.status ?? 200);
}

/** Sets the session cookie for a fresh session (the same for every way of logging in). */
export function setSessionCookie(c: AppContext, w: WorkflowRouteContext, session: Session): void {
  const maxAge = Math.floor((Date.parse(session.expiresAt) - Date.parse(session.createdAt)) / 1000);
  setCookie(c, w.auth.sessionCookie, session.id, { path: '/', httpOnly: true, secure: w.auth.secure, sameSite: 'Lax', maxAge });
}

/** Registers /login and /logout. */
export function registerAuthRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/login', (c) => showLogin(c, w, { next: safeNext(c.req.query('next') ?? '') ?? '' }));

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const username = field(body, 'username');
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(field(body, 'next'));
    const words = workflowWords(c.get('lang'));
    const result = await w.auth.sessions.login(username, password, clientAddress(c, w.auth.trustedProxies));
    if (result.kind === 'refused') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      const error = words.loginRefused(Math.ceil(result.retryAfterSeconds / 60));
      return showLogin(c, w, { next: next ?? '', username, error, status: 429 });
    }
    if (result.kind === 'invalid') return showLogin(c, w, { next: next ?? '', username, error: words.loginFailed, status: 401 });
    setSessionCookie(c, w, result.session);
    return c.redirect(next ?? HOME[result.user.role], 303);
  });

  app.post('/logout', async (c) => {
    await w.auth.sessions.logout(signedInOf(c));
    deleteCookie(c, w.auth.sessionCookie, { path: '/', secure: w.auth.secure });
    return c.redirect('/login', 303);
  });
}
