/**
 * Logging in and out, and finding the user behind a session cookie. A login checks the rate
 * limiter first (a refused attempt never reaches the password check), verifies the password in the
 * same time whether or not the user exists, issues a fresh session id (no fixation) with its own
 * CSRF token, and writes the attempt to the audit log. A disabled user's sessions stop working at once.
 * A login the identity provider has vouched for (OpenID Connect) gets the same session, but only
 * for an existing, enabled local user: nobody is created on the way.
 */
import type { Session, SignedIn, User } from '../accounts/index.ts';
import type { Store } from '../store/index.ts';
import type { LoginRateLimiter } from '../auth/login-rate-limiter.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import { randomToken } from '../auth/tokens.ts';

export interface SessionServiceOptions {
  store: Store;
  hasher: PasswordHasher;
  limiter: LoginRateLimiter;
  /** Session lifetime. Default 8 hours (one working day). */
  sessionTtlMs?: number;
  now?: () => Date;
  /** Waits out the limiter's delay (tests pass one that records instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
}

/** Refused logins are audited once per client address and window, with how many were refused before. */
const REFUSAL_WINDOW_MS = 15 * 60_000;
const MAX_REFUSAL_KEYS = 10_000;

/** The outcome of a login attempt. */
export type LoginResult = { kind: 'signed_in'; user: User; session: Session } | { kind: 'invalid' } | { kind: 'refused'; retryAfterSeconds: number };

/** The outcome of a login someone else has verified: no password, no rate limit. */
export type VerifiedLoginResult = { kind: 'signed_in'; user: User; session: Session } | { kind: 'invalid'; reason: 'unknown_user' | 'disabled' };

export interface SessionService {
  login(username: string, password: string, client: string): Promise<LoginResult>;
  /**
   * Signs in a user whose identity `method` (e.g. `oidc`) has established; refused for an unknown or
   * disabled user name. Both outcomes are audited with the method.
   */
  loginVerified(username: string, method: string, client: string): Promise<VerifiedLoginResult>;
  /** Records a login that failed before a user name was known (e.g. the provider refused). */
  recordFailure(actor: string, method: string, client: string, reason: string): Promise<void>;
  /** The session's user, or undefined for an unknown, expired or disabled one. */
  resolve(sessionId: string | undefined): Promise<SignedIn | undefined>;
  logout(signedIn: SignedIn): Promise<void>;
}

/** Builds the session service over a store. */
export function createSessionService(options: SessionServiceOptions): SessionService {
  const { store, hasher, limiter } = options;
  const ttl = options.sessionTtlMs ?? 8 * 60 * 60_000;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const refusals = new Map<string, { since: number; count: number }>();
  // Verifying against a real hash when the user does not exist keeps the timing equal.
  let dummyHash: Promise<string> | undefined;

  const audit = (actor: string, action: string, details: Record<string, string | number>) =>
    store.appendAudit({ actor, action, objectType: 'session', objectId: actor, details });

  /**
   * An anonymous caller can be refused thousands of times a minute; one audit row per client and
   * window (carrying the count of the refusals it stands for) keeps the log readable and small.
   */
  const auditRefusal = async (name: string, client: string, retryAfterSeconds: number) => {
    const at = now().getTime();
    const seen = refusals.get(client);
    if (seen !== undefined && at - seen.since < REFUSAL_WINDOW_MS) {
      seen.count++;
      return;
    }
    if (refusals.size >= MAX_REFUSAL_KEYS) for (const [key, r] of refusals) if (at - r.since >= REFUSAL_WINDOW_MS) refusals.delete(key);
    refusals.set(client, { since: at, count: 1 });
    const before = seen === undefined ? 0 : seen.count - 1;
    await audit(name, 'auth.login_refused', { client, retryAfterSeconds, ...(before > 0 ? { refusedBefore: before } : {}) });
  };

  const startSession = async (user: User): Promise<Session> => {
    const start = now();
    // Expired sessions are purged at every login: the table holds live sessions only.
    await store.deleteExpiredSessions();
    const session: Session = {
      id: randomToken(),
      userId: user.id,
      createdAt: start.toISOString(),
      expiresAt: new Date(start.getTime() + ttl).toISOString(),
      csrfToken: randomToken(),
    };
    await store.createSession(session);
    return session;
  };

  return {
    async login(username, password, client) {
      const name = username.trim();
      // Checked and counted in one step: concurrent guesses cannot all pass before any is counted.
      const decision = limiter.begin(name, client);
      if (decision.kind === 'refused') {
        await auditRefusal(name, client, decision.retryAfterSeconds);
        return { kind: 'refused', retryAfterSeconds: decision.retryAfterSeconds };
      }
      if (decision.delayMs > 0) await sleep(decision.delayMs);
      const user = await store.findUserByName(name);
      dummyHash ??= hasher.hash(randomToken());
      const ok = await hasher.verify(user?.passwordHash ?? (await dummyHash), password);
      if (user === undefined || !ok || user.disabled) {
        const reason = user === undefined ? 'unknown_user' : user.disabled && ok ? 'disabled' : 'wrong_password';
        await audit(name, 'auth.login_failed', { client, reason });
        return { kind: 'invalid' };
      }
      limiter.recordSuccess(name, client);
      const session = await startSession(user);
      await audit(user.username, 'auth.login', { client, role: user.role });
      return { kind: 'signed_in', user, session };
    },

    async loginVerified(username, method, client) {
      const name = username.trim();
      const user = name === '' ? undefined : await store.findUserByName(name);
      if (user === undefined || user.disabled) {
        const reason = user === undefined ? 'unknown_user' : 'disabled';
        await audit(name, 'auth.login_failed', { client, reason, method });
        return { kind: 'invalid', reason };
      }
      const session = await startSession(user);
      await audit(user.username, 'auth.login', { client, role: user.role, method });
      return { kind: 'signed_in', user, session };
    },

    async recordFailure(actor, method, client, reason) {
      await audit(actor, 'auth.login_failed', { client, reason, method });
    },

    async resolve(sessionId) {
      if (sessionId === undefined || sessionId === '') return undefined;
      const session = await store.findSession(sessionId);
      if (session === undefined) return undefined;
      const user = await store.getUser(session.userId);
      if (user === undefined || user.disabled) return undefined;
      return { user, session };
    },

    async logout({ user, session }) {
      await store.deleteSession(session.id);
      await audit(user.username, 'auth.logout', {});
    },
  };
}
