/**
 * Password hashing behind a narrow interface, so that the rest of the product never touches the
 * algorithm. The one implementation is Argon2id (RFC 9106) with OWASP's minimum parameters
 * (19 MiB, two passes, one lane); the hash is a self-describing PHC string, so parameters can be
 * raised later without invalidating stored hashes.
 */
import type { Algorithm } from '@node-rs/argon2';
import argon2 from '@node-rs/argon2';

export interface PasswordHasher {
  /** A PHC string such as `$argon2id$v=19$m=19456,t=2,p=1$…`. */
  hash(password: string): Promise<string>;
  /** True when `password` matches `hash`; false (never a throw) for a malformed hash. */
  verify(hash: string, password: string): Promise<boolean>;
}

export interface Argon2Parameters {
  /** KiB of memory. Default 19456 (19 MiB). */
  memoryCost?: number;
  /** Passes. Default 2. */
  timeCost?: number;
}

/** Argon2id's algorithm number in @node-rs/argon2 (its `Algorithm` is a const enum). */
const ARGON2ID = 2 as Algorithm;

/**
 * The Argon2id hasher. Tests may pass cheaper parameters; production uses the defaults.
 * @example const h = argon2idHasher(); const stored = await h.hash('correct horse'); await h.verify(stored, 'correct horse') // true
 */
export function argon2idHasher(parameters: Argon2Parameters = {}): PasswordHasher {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: parameters.memoryCost ?? 19_456,
    timeCost: parameters.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    hash: (password) => argon2.hash(password, options),
    async verify(hash, password) {
      if (!hash.startsWith('$argon2id$')) return false;
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
  };
}
