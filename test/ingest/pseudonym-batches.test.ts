/**
 * A large extract's ids are pseudonymised on a second thread (`Pseudonymiser.batches`): the thread
 * must give exactly the words `pseudonymiseWords` gives on the reading thread, for every id and
 * batch, in order, and a caller must never wait for it to start.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPseudonymiser, PSEUDONYM_WORDS, type PseudonymBatch, type PseudonymBatches, withPseudonyms } from '../../src/ingest/index.ts';
import { pseudonymBatch } from '../../src/ingest/pseudonym-batches.ts';

const pseudonymiser = createPseudonymiser({ dataDir: '/nonexistent', key: '5e'.repeat(32) });
const threaded = pseudonymiser.batches({ thread: true });
afterAll(() => threaded.close());

/** The words and presence of `ids` as `pseudonymiseWords` gives them here. */
function expected(ids: readonly string[]): { words: number[]; present: number[] } {
  const words = new Uint32Array(ids.length * PSEUDONYM_WORDS);
  const present = ids.map((id, i) => (pseudonymiser.pseudonymiseWords(id, words, i * PSEUDONYM_WORDS) ? 1 : 0));
  return { words: [...words], present };
}

// Built from parts so that no run of ten digits sits in the source; a dashed CPR, a nine-digit
// number, blanks, a non-ASCII id and one longer than a hash block (handed to node:crypto).
const MIXED = [` ${'010203'}-${'4455'} `, `${'10203'}${'4455'}`, '', '   ', 'Ø-17', 'P000123', 'x'.repeat(70), 'P000123'];

describe('Pseudonymiser.batches', () => {
  it('on the thread, gives the words pseudonymiseWords gives, batch after batch, in order', async () => {
    expect(await threaded.threaded).toBe(true);
    const batches = [MIXED, ['B1', 'B2'], [], MIXED.toReversed()];
    const results = await Promise.all(batches.map((ids) => threaded.pseudonymise(ids)));
    results.forEach((result, b) => {
      const ids = batches[b] ?? [];
      expect({ words: [...result.words], present: [...result.present] }).toEqual(expected(ids));
    });
  });

  it('agrees for any ids (property)', async () => {
    expect(await threaded.threaded).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 60 }), { maxLength: 40 }), async (ids) => {
        const result = await threaded.pseudonymise(ids);
        expect({ words: [...result.words], present: [...result.present] }).toEqual(expected(ids));
      }),
      { numRuns: 50 },
    );
  });

  it('answers at once before the thread is up, and finishes what is pending on close', async () => {
    const fresh = pseudonymiser.batches({ thread: true });
    const first = fresh.pseudonymise(MIXED); // before the thread has loaded: done here
    expect(await fresh.threaded).toBe(true);
    const pending = [fresh.pseudonymise(['A1', 'A2']), fresh.pseudonymise(MIXED)];
    await fresh.close();
    const [a, b] = await Promise.all(pending);
    expect([...(await first).words]).toEqual(expected(MIXED).words);
    expect([...(a?.words ?? [])]).toEqual(expected(['A1', 'A2']).words);
    expect([...(b?.present ?? [])]).toEqual(expected(MIXED).present);
  });

  it('without a thread, computes here', async () => {
    const inline = pseudonymiser.batches({ thread: false });
    expect(await inline.threaded).toBe(false);
    const result = await inline.pseudonymise(MIXED);
    expect([...result.words]).toEqual(expected(MIXED).words);
  });
});

describe('withPseudonyms', () => {
  /** Hashing that answers each batch after a delay of its own (later batches sooner), counting closes. */
  function delayedHashing(): PseudonymBatches & { closes: number } {
    let asked = 0;
    const hashing = {
      closes: 0,
      pseudonymise(ids: readonly string[]) {
        const delay = 20 - 2 * (asked++ % 10);
        return new Promise<PseudonymBatch>((done) =>
          setTimeout(() => done(pseudonymBatch(ids, (id, out, offset) => pseudonymiser.pseudonymiseWords(id, out, offset))), delay),
        );
      },
      threaded: Promise.resolve(true),
      async close() {
        hashing.closes++;
      },
    };
    return hashing;
  }

  async function* numbered(count: number): AsyncGenerator<string[]> {
    for (let b = 0; b < count; b++) yield [`P${b}a`, '', `P${b}b`];
  }

  it('hands on every batch in order with its own pseudonyms, however the answers come, and closes once', async () => {
    const hashing = delayedHashing();
    const seen: string[][] = [];
    for await (const [batch, pseudonyms] of withPseudonyms(numbered(13), hashing, (ids) => ids)) {
      expect({ words: [...pseudonyms.words], present: [...pseudonyms.present] }).toEqual(expected(batch));
      seen.push(batch);
    }
    expect(seen.map((batch) => batch[0])).toEqual(Array.from({ length: 13 }, (_, b) => `P${b}a`));
    expect(hashing.closes).toBe(1);
  });

  it('closes the hashing when the caller stops early', async () => {
    const hashing = delayedHashing();
    let taken = 0;
    for await (const _ of withPseudonyms(numbered(13), hashing, (ids) => ids)) if (++taken === 6) break;
    expect(hashing.closes).toBe(1);
  });
});
