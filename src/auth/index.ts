/**
 * Authentication and authorisation: password hashing (Argon2id), sessions, CSRF and session
 * tokens, login rate limiting, OpenID Connect login, the one table of route permissions, and the department rule.
 */
export { type AuthConfig, authConfigFromEnv, isSecureOrLocalUrl, type OidcConfig } from './auth-config.ts';
export { type AuthMode, authModeFor } from './auth-mode.ts';
export { type Actor, mayDeliver, maySeeUnpublished, ownsIndicator } from './department-access.ts';
export { LoginRateLimiter, type RateDecision, type RateLimitOptions } from './login-rate-limiter.ts';
export { createOidcLogin, type OidcLogin, type OidcOutcome, type OidcPending } from './oidc-login.ts';
export { type Argon2Parameters, argon2idHasher, type PasswordHasher } from './password-hasher.ts';
export {
  type AccessDecision,
  type Audience,
  decideAccess,
  findRoutePermission,
  ROUTE_PERMISSIONS,
  type RoutePermission,
} from './route-permissions.ts';
/** A signed-in user: the accounts vocabulary's, re-exported for the request guards. */
export type { SignedIn } from '../accounts/index.ts';
export { randomToken, tokensEqual } from './tokens.ts';
