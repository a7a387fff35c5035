/**
 * Recorded StatBank answers (the client's recorded format) put into the store's StatBank cache, so
 * that a fetch without network — `indikator statbank fetch --offline` — finds them as if they had
 * been fetched once. An answer already cached is left alone: a real fetch is never overwritten by
 * a recording, and seeding twice changes nothing.
 */
import { readRecordedAnswers, recordedCacheEntries, type StatbankCacheStore } from '../../statbank-client/index.ts';

/** Seeds the cache from the recordings in `dir`; returns how many answers were added. */
export async function seedStatbankCache(store: StatbankCacheStore, dir: string): Promise<number> {
  let added = 0;
  for (const entry of recordedCacheEntries(readRecordedAnswers(dir))) {
    if ((await store.getStatbankCache(entry.tableId, entry.requestHash)) !== undefined) continue;
    await store.putStatbankCache(entry);
    added += 1;
  }
  return added;
}
