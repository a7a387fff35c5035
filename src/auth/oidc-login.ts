/**
 * Login through the municipality's identity provider with OpenID Connect: the authorization-code
 * flow with PKCE, `state` and `nonce` (openid-client does the protocol: discovery, the token
 * request, the ID token's signature, issuer, audience, expiry and nonce). It only tells who the
 * provider says the user is — the claim named in the settings, `email` when that is missing — and
 * never creates users: matching the name to a local account (and its role) is the session service's job.
 */
import * as client from 'openid-client';
import type { OidcConfig } from './auth-config.ts';

/** What must survive the round trip through the provider (kept by the browser in a short-lived cookie). */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's answer: who the user is, or why not. */
export type OidcOutcome = { kind: 'identified'; username: string; subject: string } | { kind: 'failed'; reason: string };

export interface OidcLogin {
  /** The provider's authorization URL to send the browser to, and the checks to keep until it returns. */
  start(): Promise<{ url: URL; pending: OidcPending }>;
  /** Exchanges the code in the callback's query string (`?code=…&state=…`) and reads the user name. */
  finish(query: string, pending: OidcPending): Promise<OidcOutcome>;
}

const SCOPE = 'openid profile email';

function claimText(claims: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = claims?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown_error';
  const code = (error as { code?: unknown }).code;
  // openid-client wraps the precise check that failed (e.g. the state) as the cause.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`.slice(0, 300);
}

/**
 * Builds the OpenID Connect login. The provider's discovery document is fetched on first use (and
 * again after a failure), so the application starts even while the provider is unreachable.
 * @example const oidc = createOidcLogin(config); const { url, pending } = await oidc.start();
 */
export function createOidcLogin(config: OidcConfig): OidcLogin {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    const issuer = new URL(config.issuer);
    discovered ??= client
      .discovery(issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        // Plain http only for a provider on this machine (tests); the settings refuse it elsewhere.
        ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  const usernameOf = async (cfg: client.Configuration, tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers) => {
    const idClaims = tokens.claims();
    if (idClaims === undefined) return { kind: 'failed', reason: 'no_id_token' } as const;
    const fromId = claimText(idClaims, config.usernameClaim) ?? claimText(idClaims, 'email');
    if (fromId !== undefined) return { kind: 'identified', username: fromId, subject: idClaims.sub } as const;
    // Many providers put profile claims in the userinfo response only.
    const info = await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub);
    const fromInfo = claimText(info, config.usernameClaim) ?? claimText(info, 'email');
    if (fromInfo !== undefined) return { kind: 'identified', username: fromInfo, subject: idClaims.sub } as const;
    return { kind: 'failed', reason: `no_${config.usernameClaim}_claim` } as const;
  };

  return {
    async start() {
      const cfg = await configuration();
      const pending: OidcPending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: config.redirectUrl,
        scope: SCOPE,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, pending };
    },

    async finish(query, pending) {
      try {
        const cfg = await configuration();
        // The configured URL, not the request's: behind a proxy the request may say http and another host.
        const current = new URL(config.redirectUrl);
        current.search = query;
        const tokens = await client.authorizationCodeGrant(cfg, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        return await usernameOf(cfg, tokens);
      } catch (error) {
        return { kind: 'failed', reason: reasonOf(error) };
      }
    },
  };
}
