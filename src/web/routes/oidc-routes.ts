/**
 * Logging in through the municipality's identity provider (OpenID Connect), when configured.
 * GET /login/oidc sends the browser to the provider and keeps state, nonce and PKCE verifier in a
 * short-lived HttpOnly, SameSite=Lax cookie (Lax: the provider's redirect back is a top-level GET
 * from another site); GET /login/oidc/callback uses that cookie once, lets the provider's answer be
 * checked, and signs in the EXISTING local user of that name with the same session as a password
 * login. Anything else — no cookie, a wrong state, an unknown or disabled user — ends on the login
 * page with an error, and is audited as `auth.login_failed` with `method: 'oidc'`.
 */
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { OidcPending } from '../../auth/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { clientAddress, HOME, safeNext, setSessionCookie, showLogin } from './auth-routes.ts';
import type { AppContext, AppEnv } from './context.ts';
import type { WorkflowRouteContext } from './workflow-context.ts';

/** Ten minutes to log in at the provider. */
const PENDING_SECONDS = 600;
/** Who the audit log names when the provider's answer did not say who the user is. */
const UNKNOWN_ACTOR = '(oidc)';

const token = z.string().regex(/^[\w-]{16,200}$/);
const pendingSchema = z.object({ state: token, nonce: token, codeVerifier: token, next: z.string().max(2000) });
type PendingLogin = OidcPending & { next: string };

function readPending(text: string | undefined): PendingLogin | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function notConfigured(c: AppContext, w: WorkflowRouteContext): Response {
  return showLogin(c, w, { next: '', error: workflowWords(c.get('lang')).oidcNotConfigured, status: 400 });
}

/** Registers /login/oidc and /login/oidc/callback. */
export function registerOidcRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/login/oidc', async (c) => {
    const oidc = w.auth.oidc;
    if (oidc === undefined) return notConfigured(c, w);
    const next = safeNext(c.req.query('next') ?? '') ?? '';
    let started: Awaited<ReturnType<typeof oidc.start>>;
    try {
      started = await oidc.start();
    } catch (error) {
      console.error('[oidc]', error instanceof Error ? error.message : String(error));
      return showLogin(c, w, { next, error: workflowWords(c.get('lang')).oidcFailed, status: 502 });
    }
    const value = Buffer.from(JSON.stringify({ ...started.pending, next }), 'utf8').toString('base64url');
    setCookie(c, w.auth.oidcCookie, value, { path: '/', httpOnly: true, secure: w.auth.secure, sameSite: 'Lax', maxAge: PENDING_SECONDS });
    return c.redirect(started.url.href, 303);
  });

  app.get('/login/oidc/callback', async (c) => {
    const oidc = w.auth.oidc;
    if (oidc === undefined) return notConfigured(c, w);
    const words = workflowWords(c.get('lang'));
    const client = clientAddress(c, w.auth.trustedProxies);
    // One use only: a replayed callback finds no cookie.
    const pending = readPending(getCookie(c, w.auth.oidcCookie));
    deleteCookie(c, w.auth.oidcCookie, { path: '/', secure: w.auth.secure });
    if (pending === undefined) {
      await w.auth.sessions.recordFailure(UNKNOWN_ACTOR, 'oidc', client, 'no_pending_login');
      return showLogin(c, w, { next: '', error: words.oidcFailed, status: 400 });
    }
    const outcome = await oidc.finish(new URL(c.req.url).search, pending);
    if (outcome.kind === 'failed') {
      await w.auth.sessions.recordFailure(UNKNOWN_ACTOR, 'oidc', client, outcome.reason);
      return showLogin(c, w, { next: pending.next, error: words.oidcFailed, status: 400 });
    }
    const result = await w.auth.sessions.loginVerified(outcome.username, 'oidc', client);
    if (result.kind === 'invalid') return showLogin(c, w, { next: pending.next, error: words.oidcUnknownUser(outcome.username), status: 403 });
    setSessionCookie(c, w, result.session);
    return c.redirect(safeNext(pending.next) ?? HOME[result.user.role], 303);
  });
}
