/**
 * Logging in and out, and finding the user behind a session cookie. A login checks the rate
 * limiter first (a refused attempt never reaches the password check), verifies the password in the
 * same time whether or not the user exists, issues a fresh session id (no fixation) with its own
 * CSRF token, and writes the attempt to the audit log. A disabled user's sessions stop working at once.
 */
import type { Session, Store, User } from '../store/index.ts';
import type { LoginRateLimiter } from './login-rate-limiter.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { randomToken } from './tokens.ts';

export interface SessionServiceOptions {
  store: Store;
  hasher: PasswordHasher;
  limiter: LoginRateLimiter;
  /** Session lifetime. Default 8 hours (one working day). */
  sessionTtlMs?: number;
  now?: () => Date;
}

/** The outcome of a login attempt. */
export type LoginResult =
  | { kind: 'signed_in'; user: User; session: Session }
  | { kind: 'invalid' }
  | { kind: 'refused'; retryAfterSeconds: number };

/** A valid session and its (enabled) user. */
export interface SignedIn {
  user: User;
  session: Session;
}

export interface SessionService {
  login(username: string, password: string, client: string): Promise<LoginResult>;
  /** The session's user, or undefined for an unknown, expired or disabled one. */
  resolve(sessionId: string | undefined): Promise<SignedIn | undefined>;
  logout(signedIn: SignedIn): Promise<void>;
}

/** Builds the session service over a store. */
export function createSessionService(options: SessionServiceOptions): SessionService {
  const { store, hasher, limiter } = options;
  const ttl = options.sessionTtlMs ?? 8 * 60 * 60_000;
  const now = options.now ?? (() => new Date());
  // Verifying against a real hash when the user does not exist keeps the timing equal.
  let dummyHash: Promise<string> | undefined;

  const audit = (actor: string, action: string, details: Record<string, string | number>) =>
    store.appendAudit({ actor, action, objectType: 'session', objectId: actor, details });

  return {
    async login(username, password, client) {
      const name = username.trim();
      const decision = limiter.check(name, client);
      if (decision.kind === 'refused') {
        await audit(name, 'auth.login_refused', { client, retryAfterSeconds: decision.retryAfterSeconds });
        return { kind: 'refused', retryAfterSeconds: decision.retryAfterSeconds };
      }
      const user = await store.findUserByName(name);
      dummyHash ??= hasher.hash(randomToken());
      const ok = await hasher.verify(user?.passwordHash ?? (await dummyHash), password);
      if (user === undefined || !ok || user.disabled) {
        limiter.recordFailure(name, client);
        const reason = user === undefined ? 'unknown_user' : user.disabled && ok ? 'disabled' : 'wrong_password';
        await audit(name, 'auth.login_failed', { client, reason });
        return { kind: 'invalid' };
      }
      limiter.recordSuccess(name);
      const start = now();
      const session: Session = {
        id: randomToken(),
        userId: user.id,
        createdAt: start.toISOString(),
        expiresAt: new Date(start.getTime() + ttl).toISOString(),
        csrfToken: randomToken(),
      };
      await store.createSession(session);
      await audit(user.username, 'auth.login', { client, role: user.role });
      return { kind: 'signed_in', user, session };
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
