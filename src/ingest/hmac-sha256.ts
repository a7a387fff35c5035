/**
 * HMAC-SHA-256 (RFC 2104, FIPS 180-4) for short ASCII messages, written out in JavaScript because
 * the pseudonymiser calls it once per identifier, millions of times per extract: Node's
 * `createHmac` costs about 2 µs a call, nearly all of it the cost of crossing into C++ and
 * creating objects, while the hash itself is two 64-byte blocks of work. Here the key's inner and
 * outer states are computed once, and a call runs exactly the two remaining compressions on
 * preallocated typed arrays (about 0.6 µs).
 *
 * Only messages that fit one block (ASCII, at most 55 characters — every CPR number and register
 * id) take this path; `hmacSha256Hex` hands anything else to `node:crypto`. A property test checks
 * the two agree for any key and message.
 */
import { createHash, createHmac } from 'node:crypto';

/** The largest message that fits one SHA-256 block with its padding (64 − 1 − 8 bytes). */
export const ONE_BLOCK_MAX_BYTES = 55;

const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** The two ASCII hex digits of every byte value, at 2·b and 2·b + 1. */
const HEX_DIGITS = Buffer.from(Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')).join(''), 'latin1');

/** A keyed HMAC-SHA-256 whose output is given as lowercase hex. */
export interface HmacSha256 {
  /** The first `hexChars` (≤ 64) hex characters of HMAC(key, message as UTF-8). */
  hex(message: string, hexChars?: number): string;
  /**
   * The first `count` (≤ 8) 32-bit big-endian words of HMAC(key, message) into `out` at `offset`:
   * the same bits as `hex`, without building a string (the population's pseudonym index keeps these).
   */
  words(message: string, out: Uint32Array, offset: number, count: number): void;
}

/** Prepares the key once; `hex` is then cheap for short ASCII messages. */
export function hmacSha256(key: Uint8Array): HmacSha256 {
  const block = keyBlock(key);
  const innerState = stateAfterBlock(block.map((b) => b ^ 0x36));
  const outerState = stateAfterBlock(block.map((b) => b ^ 0x5c));
  // Scratch space, reused by every call (the pseudonymiser runs on one thread).
  const words = new Int32Array(64);
  const inner = new Int32Array(8);
  const outer = new Int32Array(8);
  const hexOut = Buffer.alloc(64);

  return {
    hex(message, hexChars = 64) {
      if (!fitsOneBlock(message)) return createHmac('sha256', key).update(message, 'utf8').digest('hex').slice(0, hexChars);
      loadPaddedMessage(words, message);
      compress(innerState, words, inner);
      loadDigestBlock(words, inner);
      compress(outerState, words, outer);
      return toHex(outer, hexOut, hexChars);
    },
    words(message, out, offset, count) {
      if (!fitsOneBlock(message)) {
        const digest = createHmac('sha256', key).update(message, 'utf8').digest();
        for (let i = 0; i < count; i++) out[offset + i] = digest.readUInt32BE(4 * i);
        return;
      }
      loadPaddedMessage(words, message);
      compress(innerState, words, inner);
      loadDigestBlock(words, inner);
      compress(outerState, words, outer);
      for (let i = 0; i < count; i++) out[offset + i] = outer[i] as number;
    },
  };
}

function fitsOneBlock(message: string): boolean {
  if (message.length > ONE_BLOCK_MAX_BYTES) return false;
  for (let i = 0; i < message.length; i++) if (message.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The key as one 64-byte block: hashed first when longer, zero-padded when shorter (RFC 2104). */
function keyBlock(key: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? createHash('sha256').update(key).digest() : key);
  return block;
}

function stateAfterBlock(block: Uint8Array): Int32Array {
  const words = new Int32Array(64);
  readBlock(words, block, 0);
  const state = new Int32Array(8);
  compress(INITIAL_STATE, words, state);
  return state;
}

function readBlock(words: Int32Array, bytes: Uint8Array, offset: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 64);
  for (let i = 0; i < 16; i++) words[i] = view.getInt32(i * 4);
}

/** The message after the 64-byte key block: its bytes, 0x80, zeros, and the total bit length. */
function loadPaddedMessage(words: Int32Array, message: string): void {
  words.fill(0, 0, 16);
  const n = message.length;
  for (let i = 0; i < n; i++) words[i >> 2] = (words[i >> 2] as number) | (message.charCodeAt(i) << (24 - 8 * (i & 3)));
  words[n >> 2] = (words[n >> 2] as number) | (0x80 << (24 - 8 * (n & 3)));
  words[15] = (64 + n) * 8;
}

/** The inner digest after the outer key block, padded: 32 bytes, 0x80, zeros, 96 bytes in bits. */
function loadDigestBlock(words: Int32Array, digest: Int32Array): void {
  words.set(digest, 0);
  words[8] = 0x80000000 | 0;
  words.fill(0, 9, 15);
  words[15] = (64 + 32) * 8;
}

/** One SHA-256 compression of the 16 words in `w` onto `state`, written to `out` (may be `state`). */
function compress(state: Int32Array, w: Int32Array, out: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const w15 = w[i - 15] as number;
    const w2 = w[i - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const sigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choose = (e & f) ^ (~e & g);
    const t1 = (h + sigma1 + choose + (ROUND_CONSTANTS[i] as number) + (w[i] as number)) | 0;
    const sigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + sigma0 + majority) | 0;
  }
  out[0] = ((state[0] as number) + a) | 0;
  out[1] = ((state[1] as number) + b) | 0;
  out[2] = ((state[2] as number) + c) | 0;
  out[3] = ((state[3] as number) + d) | 0;
  out[4] = ((state[4] as number) + e) | 0;
  out[5] = ((state[5] as number) + f) | 0;
  out[6] = ((state[6] as number) + g) | 0;
  out[7] = ((state[7] as number) + h) | 0;
}

/**
 * The state as hex, written byte by byte into `out` and read back as one flat Latin-1 string: a
 * string built by `+=` is a rope, slower to hash as a Map key and larger to keep a million of.
 */
function toHex(state: Int32Array | Uint32Array, out: Buffer, hexChars: number, offset = 0): string {
  wordsHexInto(state, offset, hexChars, out, 0);
  return out.toString('latin1', 0, hexChars);
}

/**
 * The hex digits of the words at `offset` as ASCII bytes into `out` at `at` (`hexChars` of them,
 * rounded up to whole bytes): the one place a pseudonym's words become its text, for `wordsToHex`
 * and for writers that put millions of pseudonyms straight into a file's bytes.
 */
export function wordsHexInto(words: Int32Array | Uint32Array, offset: number, hexChars: number, out: Uint8Array, at: number): void {
  const bytes = Math.min(32, Math.ceil(hexChars / 2));
  for (let i = 0; i < bytes; i++) {
    const byte = ((words[(i >> 2) + offset] as number) >>> (24 - 8 * (i & 3))) & 0xff;
    out[at + 2 * i] = HEX_DIGITS[2 * byte] as number;
    out[at + 2 * i + 1] = HEX_DIGITS[2 * byte + 1] as number;
  }
}

const wordsHexOut = Buffer.alloc(64);

/** `hexChars` hex characters of the words at `offset` (as `HmacSha256.words` wrote them): the same text `hex` gives. */
export function wordsToHex(words: Uint32Array, offset: number, hexChars: number): string {
  return toHex(words, wordsHexOut, hexChars, offset);
}
