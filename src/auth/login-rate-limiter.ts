/**
 * Slows down password guessing: failed logins are counted per user name and per client address in
 * a sliding window; past the limit, logins from that key are refused — without checking the
 * password — until the oldest failure leaves the window. Kept in memory: with several web
 * processes each keeps its own count (see docs/security.md).
 */

export interface RateLimitOptions {
  /** Failures allowed per user name within the window. Default 5. */
  maxPerUser?: number;
  /** Failures allowed per client address within the window. Default 20. */
  maxPerClient?: number;
  /** Window length in milliseconds. Default 15 minutes. */
  windowMs?: number;
  /** Clock (tests pass a fake one). */
  now?: () => number;
}

/** Either allowed, or refused for `retryAfterSeconds`. */
export type RateDecision = { kind: 'allowed' } | { kind: 'refused'; retryAfterSeconds: number };

const MAX_KEYS = 10_000;

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly maxPerUser: number;
  private readonly maxPerClient: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions = {}) {
    this.maxPerUser = options.maxPerUser ?? 5;
    this.maxPerClient = options.maxPerClient ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** May this user name try to log in from this client now? */
  check(username: string, client: string): RateDecision {
    const wait = Math.max(this.waitFor(userKey(username), this.maxPerUser), this.waitFor(clientKey(client), this.maxPerClient));
    return wait === 0 ? { kind: 'allowed' } : { kind: 'refused', retryAfterSeconds: Math.ceil(wait / 1000) };
  }

  /** Counts a failed attempt against both keys. */
  recordFailure(username: string, client: string): void {
    if (this.failures.size >= MAX_KEYS) this.prune();
    for (const key of [userKey(username), clientKey(client)]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** A successful login clears the user name's failures (not the client's). */
  recordSuccess(username: string): void {
    this.failures.delete(userKey(username));
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  /** Milliseconds until the key is below its limit again (0 = now). */
  private waitFor(key: string, max: number): number {
    const recent = this.recent(key);
    if (recent.length < max) return 0;
    const oldestThatCounts = recent[recent.length - max] as number;
    return Math.max(1, oldestThatCounts + this.windowMs - this.now());
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}

function userKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}

function clientKey(client: string): string {
  return `client:${client}`;
}
