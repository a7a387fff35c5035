/**
 * Slows down password guessing without letting an attacker lock a colleague out.
 *
 * - Every attempt is counted as a failure the moment it is let through (`begin`), before the
 *   password is checked, and a success takes it back (`recordSuccess`). Checking and counting are
 *   one synchronous step, so thirty concurrent guesses get five password checks, not thirty.
 * - Per user name *and* client address, 5 failures in 15 minutes refuse that pair (429).
 * - Per client address, 20 failures refuse the client, whatever names it tries.
 * - Per user name from all addresses together, failures beyond 5 do not refuse: they slow down.
 *   Each further attempt for that name waits its turn, 1 s, 2 s, 4 s … up to 16 s apart, so
 *   someone guessing from many addresses gets a handful of guesses a minute, while the real user,
 *   from their own address, still gets in with the right password after a short wait. Only when
 *   the queue for a name is longer than 30 s is an attempt refused.
 * Kept in memory: with several web processes each keeps its own counts (see docs/security.md).
 */

export interface RateLimitOptions {
  /** Failures allowed per user name from one client, and before a name is slowed down. Default 5. */
  maxPerUser?: number;
  /** Failures allowed per client address within the window. Default 20. */
  maxPerClient?: number;
  /** Window length in milliseconds. Default 15 minutes. */
  windowMs?: number;
  /** First delay once a name is slowed down; doubles with every failure. Default 1 s. */
  baseDelayMs?: number;
  /** Longest delay between two attempts on one name. Default 16 s. */
  maxDelayMs?: number;
  /** Longest wait before an attempt is refused instead. Default 30 s. */
  maxWaitMs?: number;
  /** Clock (tests pass a fake one). */
  now?: () => number;
}

/** Either allowed (after waiting `delayMs`), or refused for `retryAfterSeconds`. */
export type RateDecision = { kind: 'allowed'; delayMs: number } | { kind: 'refused'; retryAfterSeconds: number };

const MAX_KEYS = 10_000;

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  /** Per user name: when the next slowed-down attempt may start. */
  private readonly nextSlot = new Map<string, number>();
  private readonly maxPerUser: number;
  private readonly maxPerClient: number;
  private readonly windowMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions = {}) {
    this.maxPerUser = options.maxPerUser ?? 5;
    this.maxPerClient = options.maxPerClient ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 16_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Would an attempt be let through now? (Counts nothing; `begin` is what a login uses.) */
  check(username: string, client: string): RateDecision {
    const refusal = this.refusal(username, client);
    return refusal ?? { kind: 'allowed', delayMs: Math.max(0, this.slotStart(username) - this.now()) };
  }

  /**
   * Lets an attempt through — counting it as a failure until `recordSuccess` takes it back — or
   * refuses it. The caller waits `delayMs` before checking the password.
   */
  begin(username: string, client: string): RateDecision {
    const refusal = this.refusal(username, client);
    if (refusal) return refusal;
    const now = this.now();
    let delayMs = 0;
    const over = this.recent(userKey(username)).length - this.maxPerUser + 1;
    if (over > 0) {
      const start = this.slotStart(username);
      if (start - now > this.maxWaitMs) return { kind: 'refused', retryAfterSeconds: Math.ceil((start - now) / 1000) };
      delayMs = Math.max(0, start - now);
      this.nextSlot.set(userKey(username), Math.max(start, now) + Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (over - 1)));
    }
    this.recordFailure(username, client);
    return { kind: 'allowed', delayMs };
  }

  /** Counts a failed attempt against the name, the name from this client, and the client. */
  recordFailure(username: string, client: string): void {
    if (this.failures.size >= MAX_KEYS) this.prune();
    const at = this.now();
    for (const key of [userKey(username), pairKey(username, client), clientKey(client)]) this.failures.set(key, [...this.recent(key), at]);
  }

  /** A successful login clears the name's failures and takes back the attempt counted against the client. */
  recordSuccess(username: string, client?: string): void {
    this.failures.delete(userKey(username));
    this.nextSlot.delete(userKey(username));
    if (client === undefined) return;
    this.failures.delete(pairKey(username, client));
    const clientFailures = this.recent(clientKey(client));
    clientFailures.pop();
    this.failures.set(clientKey(client), clientFailures);
  }

  private refusal(username: string, client: string): RateDecision | undefined {
    const wait = Math.max(this.waitFor(pairKey(username, client), this.maxPerUser), this.waitFor(clientKey(client), this.maxPerClient));
    return wait === 0 ? undefined : { kind: 'refused', retryAfterSeconds: Math.ceil(wait / 1000) };
  }

  private slotStart(username: string): number {
    return Math.max(this.now(), this.nextSlot.get(userKey(username)) ?? 0);
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
    const now = this.now();
    for (const [key, at] of [...this.nextSlot]) if (at < now) this.nextSlot.delete(key);
  }
}

function userKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}

function pairKey(username: string, client: string): string {
  return `pair:${client}\u0000${username.trim().toLowerCase()}`;
}

function clientKey(client: string): string {
  return `client:${client}`;
}
