/**
 * What the web application needs to sign people in and run the delivery workflow, and the object
 * built from it once per app: the session service, the current mode (open demo or login required),
 * the cookie settings, the upload limit and line and the optional OpenID Connect login.
 */
import { type AuthMode, authModeFor, createOidcLogin, LoginRateLimiter, type OidcConfig, type OidcLogin, type PasswordHasher } from '../../auth/index.ts';
import { createSessionService, type SessionService } from '../../services/sessions.ts';
import type { Catalogue } from '../../catalogue/index.ts';
import { UploadQueue, type UploadLimits } from '../../services/upload/upload-queue.ts';
import type { Store } from '../../store/index.ts';
import { listUsers } from '../../services/users.ts';
import type { DashboardData } from '../data.ts';

export interface WebAuthDeps {
  readonly store: Store;
  readonly catalogue: Catalogue;
  readonly hasher: PasswordHasher;
  /** What the dashboard shows once login is required: published deliveries only. */
  readonly publishedData: DashboardData;
  /** Require login even before the first user exists (`INDIKATOR_AUTH=required`). */
  readonly required?: boolean;
  /** Secure cookies (default true); false only for plain-HTTP test installations. */
  readonly secureCookies?: boolean;
  readonly sessionTtlMs?: number;
  /** Largest upload in bytes. Default 20 MiB. */
  readonly uploadMaxBytes?: number;
  /** The upload line's limits (threads, waiting, time, heap); `DEFAULT_UPLOAD_LIMITS` where not given. */
  readonly uploadLimits?: Partial<UploadLimits>;
  readonly limiter?: LoginRateLimiter;
  /** Reverse proxies whose `X-Forwarded-For` names the client (default none: the connection's address counts). */
  readonly trustedProxies?: readonly string[];
  /** Waits out a login's slow-down (tests pass one that does not sleep). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Login through the municipality's identity provider; none when undefined. */
  readonly oidc?: OidcConfig;
  /** Clock for sessions and deadlines (tests pass a fixed one). */
  readonly now?: () => Date;
}

export interface WebAuth {
  readonly deps: WebAuthDeps;
  readonly sessions: SessionService;
  /** `required` from the first user on; stays so. */
  mode(): Promise<AuthMode>;
  readonly sessionCookie: string;
  readonly loginCsrfCookie: string;
  /** OpenID Connect login, when configured. */
  readonly oidc: OidcLogin | undefined;
  /** Keeps state, nonce and PKCE verifier during the trip through the provider. */
  readonly oidcCookie: string;
  readonly secure: boolean;
  readonly uploadMaxBytes: number;
  /** Where uploads are checked: worker threads, a bounded line (one per app, so one per server). */
  readonly uploads: UploadQueue;
  /** Largest body of any other form. */
  readonly formMaxBytes: number;
  readonly trustedProxies: ReadonlySet<string>;
  now(): Date;
}

/** Builds the web side of authentication. */
export function createWebAuth(deps: WebAuthDeps): WebAuth {
  const secure = deps.secureCookies ?? true;
  const now = deps.now ?? (() => new Date());
  let required = deps.required === true;
  return {
    deps,
    sessions: createSessionService({
      store: deps.store,
      hasher: deps.hasher,
      limiter: deps.limiter ?? new LoginRateLimiter({ now: () => now().getTime() }),
      ...(deps.sessionTtlMs === undefined ? {} : { sessionTtlMs: deps.sessionTtlMs }),
      ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
      now,
    }),
    async mode() {
      if (!required) required = authModeFor((await listUsers(deps.store)).length, false) === 'required';
      return required ? 'required' : 'open';
    },
    // `__Host-` binds the cookie to this exact host over HTTPS: no subdomain can set or read it.
    sessionCookie: secure ? '__Host-indikator-session' : 'indikator-session',
    loginCsrfCookie: secure ? '__Host-indikator-login' : 'indikator-login',
    oidc: deps.oidc === undefined ? undefined : createOidcLogin(deps.oidc),
    oidcCookie: secure ? '__Host-indikator-oidc' : 'indikator-oidc',
    secure,
    uploadMaxBytes: deps.uploadMaxBytes ?? 20 * 1024 * 1024,
    uploads: new UploadQueue(deps.uploadLimits),
    formMaxBytes: 64 * 1024,
    trustedProxies: new Set((deps.trustedProxies ?? []).map(plainAddress)),
    now,
  };
}

/** An address without the IPv4-mapped IPv6 prefix Node reports for IPv4 clients on a dual-stack socket. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
