/**
 * The authentication settings an operator can change, read once from the environment at the edge:
 * `INDIKATOR_AUTH=required` forces login even before the first user exists;
 * `INDIKATOR_COOKIE_SECURE=false` drops the Secure flag for a plain-HTTP test installation (never in
 * production); `INDIKATOR_SESSION_HOURS` sets the session lifetime; `INDIKATOR_UPLOAD_MAX_MB` the
 * largest delivery file accepted, `INDIKATOR_UPLOAD_TIMEOUT_S` and `INDIKATOR_UPLOAD_HEAP_MB` how long
 * and with how much memory its check may run; `INDIKATOR_OIDC_*` turn on the optional login through the
 * municipality's identity provider (all four of issuer, client id, client secret and redirect URL,
 * or none).
 */
import { z } from 'zod';

export interface AuthConfig {
  required: boolean;
  secureCookies: boolean;
  sessionHours: number;
  uploadMaxBytes: number;
  /** How long an upload's check may run (`INDIKATOR_UPLOAD_TIMEOUT_S`); undefined: the default. */
  uploadTimeoutMs: number | undefined;
  /** The heap of an upload's worker thread (`INDIKATOR_UPLOAD_HEAP_MB`); undefined: the default. */
  uploadHeapMb: number | undefined;
  /** Addresses of reverse proxies whose `X-Forwarded-For` is believed (`INDIKATOR_TRUSTED_PROXIES`). */
  trustedProxies: string[];
  /** OpenID Connect login; undefined when not configured. */
  oidc: OidcConfig | undefined;
}

/** Where and as whom the application signs users in through the identity provider. */
export interface OidcConfig {
  /** The issuer URL (https, or http on localhost for tests). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This application's callback, e.g. `https://indikator.kommune.dk/login/oidc/callback`. */
  redirectUrl: string;
  /** The claim holding the local user name; `email` is tried when it is missing. */
  usernameClaim: string;
}

const OIDC_KEYS = ['INDIKATOR_OIDC_ISSUER', 'INDIKATOR_OIDC_CLIENT_ID', 'INDIKATOR_OIDC_CLIENT_SECRET', 'INDIKATOR_OIDC_REDIRECT_URL'] as const;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an https URL, or an http one on this machine (test providers, a local app). */
export function isSecureOrLocalUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

const oidcUrl = z.string().refine(isSecureOrLocalUrl, 'must be an https URL (http only on localhost)');

const envSchema = z.object({
  INDIKATOR_AUTH: z.enum(['required', 'auto']).optional(),
  INDIKATOR_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  INDIKATOR_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .optional(),
  INDIKATOR_UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).optional(),
  INDIKATOR_UPLOAD_TIMEOUT_S: z.coerce.number().positive().max(3600).optional(),
  INDIKATOR_UPLOAD_HEAP_MB: z.coerce.number().int().min(32).max(16_384).optional(),
  INDIKATOR_TRUSTED_PROXIES: z
    .string()
    .regex(/^[\s,0-9a-fA-F.:]+$/, 'a comma-separated list of IP addresses')
    .optional(),
  INDIKATOR_OIDC_ISSUER: oidcUrl.optional(),
  INDIKATOR_OIDC_CLIENT_ID: z.string().optional(),
  INDIKATOR_OIDC_CLIENT_SECRET: z.string().optional(),
  INDIKATOR_OIDC_REDIRECT_URL: oidcUrl.optional(),
  INDIKATOR_OIDC_USERNAME_CLAIM: z
    .string()
    .regex(/^[\w.:-]+$/)
    .optional(),
});

type ParsedEnv = z.infer<typeof envSchema>;

function oidcConfig(parsed: ParsedEnv): OidcConfig | undefined {
  const missing = OIDC_KEYS.filter((key) => parsed[key] === undefined);
  if (missing.length === OIDC_KEYS.length) return undefined;
  if (missing.length > 0) throw new Error(`OpenID Connect is half configured: set ${missing.join(', ')} too (or none of ${OIDC_KEYS.join(', ')})`);
  return {
    issuer: parsed.INDIKATOR_OIDC_ISSUER as string,
    clientId: parsed.INDIKATOR_OIDC_CLIENT_ID as string,
    clientSecret: parsed.INDIKATOR_OIDC_CLIENT_SECRET as string,
    redirectUrl: parsed.INDIKATOR_OIDC_REDIRECT_URL as string,
    usernameClaim: parsed.INDIKATOR_OIDC_USERNAME_CLAIM ?? 'preferred_username',
  };
}

/**
 * Reads the settings; throws a zod error naming the variable when one is malformed, or an error
 * naming the missing ones when OpenID Connect is only partly configured.
 */
export function authConfigFromEnv(env: Readonly<Record<string, string | undefined>>): AuthConfig {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.parse(picked);
  return {
    required: parsed.INDIKATOR_AUTH === 'required',
    secureCookies: parsed.INDIKATOR_COOKIE_SECURE !== 'false',
    sessionHours: parsed.INDIKATOR_SESSION_HOURS ?? 8,
    uploadMaxBytes: Math.round((parsed.INDIKATOR_UPLOAD_MAX_MB ?? 20) * 1024 * 1024),
    uploadTimeoutMs: parsed.INDIKATOR_UPLOAD_TIMEOUT_S === undefined ? undefined : Math.round(parsed.INDIKATOR_UPLOAD_TIMEOUT_S * 1000),
    uploadHeapMb: parsed.INDIKATOR_UPLOAD_HEAP_MB,
    trustedProxies: (parsed.INDIKATOR_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    oidc: oidcConfig(parsed),
  };
}
