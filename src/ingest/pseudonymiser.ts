/**
 * Replaces person identifiers (CPR numbers) by pseudonyms the moment they are read (DATA.md §4):
 * HMAC-SHA-256 under a secret key, hex, cut to 32 characters (128 bits — collisions are negligible
 * for any population, about 1 in 10^26 for a million persons, and the value cannot be reversed
 * without the key). The same key gives the same pseudonym, so mother_id/father_id links survive.
 */
import { hmacSha256, wordsToHex } from './hmac-sha256.ts';
import { inlineBatches, type PseudonymBatches, threadedBatches } from './pseudonym-batches.ts';
import { normalisePersonId } from './normalise-person-id.ts';
import { loadPseudonymKey } from './pseudonym-key.ts';

const PSEUDONYM_HEX_CHARS = 32;

/** A pseudonym's 128 bits as 32-bit words (`Pseudonymiser.pseudonymiseWords`). */
export const PSEUDONYM_WORDS = 4;

/** Turns identifiers into pseudonyms under one key. */
export interface Pseudonymiser {
  /** The pseudonym of `id` (normalised first); '' for an empty id (unknown person). */
  pseudonymise(id: string): string;
  /**
   * The same pseudonym as `PSEUDONYM_WORDS` 32-bit words written into `out` at `offset`, for hot
   * paths that keep millions of them in typed arrays instead of strings (`pseudonymText` turns
   * them back into `pseudonymise`'s text). False, and nothing written, for an empty id.
   */
  pseudonymiseWords(id: string, out: Uint32Array, offset: number): boolean;
  /**
   * `pseudonymiseWords` for batches of ids, on a second thread with `thread` (for an extract of
   * hundreds of thousands of persons: `pseudonym-batches.ts`); call `close` when done.
   */
  batches(options: { thread: boolean }): PseudonymBatches;
  /** Where the key came from. */
  readonly keySource: 'env' | 'file' | 'created';
}

/** Where to find the key: the configured `key` (`INDIKATOR_PSEUDONYM_KEY`, read by `services/config.ts`) first, then `<dataDir>/pseudonym.key`. */
export interface PseudonymiserOptions {
  readonly dataDir: string;
  /** The key as configured, hex or base64 (at least 32 bytes); absent or blank: the key file. */
  readonly key?: string | undefined;
}

/**
 * A pseudonymiser with the product's key (created on first use).
 * @example createPseudonymiser({ dataDir: './data' }).pseudonymise('P000123') // 32 hex characters
 */
export function createPseudonymiser(options: PseudonymiserOptions): Pseudonymiser {
  const key = loadPseudonymKey(options.dataDir, options.key);
  return pseudonymiserWithKey(key.bytes, key.source);
}

/** A pseudonymiser over an already loaded key. */
export function pseudonymiserWithKey(key: Uint8Array, keySource: Pseudonymiser['keySource']): Pseudonymiser {
  const hmac = hmacSha256(key);
  const wordsOf = (id: string, out: Uint32Array, offset: number): boolean => {
    const normalised = normalisePersonId(id);
    if (normalised.length === 0) return false;
    hmac.words(normalised, out, offset, PSEUDONYM_WORDS);
    return true;
  };
  return {
    keySource,
    pseudonymise(id) {
      const normalised = normalisePersonId(id);
      if (normalised.length === 0) return '';
      return hmac.hex(normalised, PSEUDONYM_HEX_CHARS);
    },
    pseudonymiseWords: wordsOf,
    batches: ({ thread }) => (thread ? threadedBatches(key, wordsOf) : inlineBatches(wordsOf)),
  };
}

/** The text `pseudonymise` gives for the words `pseudonymiseWords` wrote at `offset`. */
export function pseudonymText(words: Uint32Array, offset: number): string {
  return wordsToHex(words, offset, PSEUDONYM_HEX_CHARS);
}

/**
 * The words of a pseudonym given as `pseudonymise`'s text, into `out`; false (and `out` unchanged)
 * for a text that is no pseudonym of this shape, which then matches no person.
 */
export function pseudonymWords(text: string, out: Uint32Array): boolean {
  if (text.length !== PSEUDONYM_HEX_CHARS) return false;
  for (let w = 0; w < PSEUDONYM_WORDS; w++) {
    let word = 0;
    for (let c = 0; c < 8; c++) {
      const digit = hexDigit(text.charCodeAt(w * 8 + c));
      if (digit < 0) return false;
      word = word * 16 + digit;
    }
    out[w] = word;
  }
  return true;
}

/** The value of a lowercase hex digit's character code (as `pseudonymise` writes them); −1 for anything else. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
