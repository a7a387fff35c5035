/**
 * Rendered responses kept in memory, keyed by (data version, language, path and query). A new
 * data version empties the cache; at most `maxEntries` responses are kept (least recently used
 * go first); concurrent requests for the same missing entry share one rendering.
 */

export interface CachedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string | Uint8Array;
  /** Extra headers (e.g. Content-Disposition). */
  readonly headers?: Readonly<Record<string, string>>;
}

export class ResponseCache {
  private version: string | undefined;
  private readonly entries = new Map<string, CachedResponse>();
  private readonly pending = new Map<string, Promise<CachedResponse>>();

  constructor(private readonly maxEntries = 500) {}

  /** The cached response for `key` under `version`, or the one `produce` renders (cached if 200). */
  async get(version: string, key: string, produce: () => Promise<CachedResponse>): Promise<CachedResponse> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
      this.pending.clear();
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    const promise = produce().then(
      (response) => {
        if (this.pending.get(key) === promise) this.pending.delete(key);
        if (response.status === 200 && this.version === version) this.store(key, response);
        return response;
      },
      (error: unknown) => {
        if (this.pending.get(key) === promise) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, promise);
    return promise;
  }

  /** Number of cached responses. */
  get size(): number {
    return this.entries.size;
  }

  private store(key: string, response: CachedResponse): void {
    this.entries.set(key, response);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
