/**
 * Replaces person identifiers (CPR numbers) by pseudonyms the moment they are read (DATA.md §4):
 * HMAC-SHA-256 under a secret key, hex, cut to 32 characters (128 bits — collisions are negligible
 * for any population, about 1 in 10^26 for a million persons, and the value cannot be reversed
 * without the key). The same key gives the same pseudonym, so mother_id/father_id links survive.
 */
import { hmacSha256 } from './hmac-sha256.ts';
import { normalisePersonId } from './normalise-person-id.ts';
import { loadPseudonymKey } from './pseudonym-key.ts';

const PSEUDONYM_HEX_CHARS = 32;

/** Turns identifiers into pseudonyms under one key. */
export interface Pseudonymiser {
  /** The pseudonym of `id` (normalised first); '' for an empty id (unknown person). */
  pseudonymise(id: string): string;
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
  return {
    keySource,
    pseudonymise(id) {
      const normalised = normalisePersonId(id);
      if (normalised.length === 0) return '';
      return hmac.hex(normalised, PSEUDONYM_HEX_CHARS);
    },
  };
}
