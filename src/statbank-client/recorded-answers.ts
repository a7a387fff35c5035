/**
 * Answers recorded in the client's recorded format — `NAME.request.json` (method, URI, request
 * body, status, content type, `recorded_at`) beside the body in `NAME.json` or `NAME.csv`, the
 * shape of the project's recorded StatBank fixtures — read as cache entries, keyed exactly as the
 * cache keys a live answer (table and the sha256 of the canonical request). The demo ships such
 * answers (synthetic, `src/demo/data/statbank/`) so that `indikator statbank fetch --offline` has
 * something to stand in with on a store that never saw the network. A malformed recording is a
 * packaging fault, not a user's, so it throws a plain Error naming the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTableInfo } from './client.ts';
import { requestHash } from './request-hash.ts';
import type { StatbankCacheEntry } from '../store/index.ts';

const recordedRequestSchema = z.object({
  method: z.string(),
  uri: z.string().url(),
  request_body: z.string(),
  status: z.object({ code: z.number().int(), message: z.string() }),
  content_type: z.string(),
  recorded_at: z.string(),
  /** True for answers made up for the demo rather than recorded from StatBank. */
  synthetic: z.boolean().optional(),
});
export type RecordedRequest = z.infer<typeof recordedRequestSchema>;

/** One recorded exchange: the endpoint, the request's parameters and the answer's body. */
export interface RecordedAnswer {
  name: string;
  endpoint: string;
  params: Record<string, unknown>;
  meta: RecordedRequest;
  body: string;
}

/** Every recording in `dir` (sorted by name); a malformed one names its file. */
export function readRecordedAnswers(dir: string): RecordedAnswer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.request.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.request.json'.length);
      const parsed = recordedRequestSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
      const uri = new URL(parsed.data.uri);
      const params: Record<string, unknown> = Object.fromEntries(uri.searchParams.entries());
      if (parsed.data.request_body.trim() !== '') Object.assign(params, JSON.parse(parsed.data.request_body) as Record<string, unknown>);
      const bodyFile = [`${name}.json`, `${name}.csv`].map((f) => path.join(dir, f)).find((f) => existsSync(f));
      if (bodyFile === undefined) throw new Error(`${file}: no ${name}.json or ${name}.csv beside it`);
      return { name, endpoint: uri.pathname.replace(/^.*\/v1\//, ''), params, meta: parsed.data, body: readFileSync(bodyFile, 'utf8') };
    });
}

/**
 * The successful `tableinfo` and `data` answers as cache entries. A data answer carries its table's
 * `updated` stamp (as the cache stores a live one), so it must be recorded with its `tableinfo`.
 */
export function recordedCacheEntries(answers: readonly RecordedAnswer[]): StatbankCacheEntry[] {
  const ok = answers.filter((a) => a.meta.status.code === 200 && (a.endpoint === 'tableinfo' || a.endpoint === 'data'));
  const updated = new Map<string, string>();
  for (const a of ok.filter((x) => x.endpoint === 'tableinfo')) {
    const info = parseTableInfo(a.body);
    updated.set(info.id.toUpperCase(), info.updated);
  }
  return ok.map((a) => {
    const tableId = String(a.params.table ?? a.params.id ?? '').toUpperCase();
    const stamp = updated.get(tableId);
    if (stamp === undefined) throw new Error(`${a.name}: no recorded tableinfo for ${tableId}`);
    const fetchedAt = new Date(a.meta.recorded_at).toISOString();
    return { tableId, requestHash: requestHash(a.endpoint, a.params), updated: stamp, fetchedAt, body: a.body };
  });
}
