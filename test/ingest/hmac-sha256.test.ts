/**
 * The JavaScript HMAC-SHA-256 must give exactly what node:crypto gives — a different pseudonym
 * would split one person into two across files and versions.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256, ONE_BLOCK_MAX_BYTES } from '../../src/ingest/hmac-sha256.ts';

const nodeHmac = (key: Uint8Array, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('hex');

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2 (key "Jefe")', () => {
    const hmac = hmacSha256(Buffer.from('Jefe'));
    expect(hmac.hex('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('matches RFC 4231 test case 6 (a 131-byte key, hashed first; a long message, handed to node:crypto)', () => {
    const hmac = hmacSha256(Buffer.alloc(131, 0xaa));
    expect(hmac.hex('Test Using Larger Than Block-Size Key - Hash Key First')).toBe(
      // Split so that no run of ten digits sits in the source (it would look like a CPR number).
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c51405' + '46040f0ee37f54',
    );
  });

  it('agrees with node:crypto for any key and ASCII message up to one block, and at the block edge', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.string({ maxLength: ONE_BLOCK_MAX_BYTES + 3 }), (key, message) => {
        expect(hmacSha256(key).hex(message)).toBe(nodeHmac(key, message));
      }),
      { numRuns: 500 },
    );
    const hmac = hmacSha256(Buffer.alloc(32, 9));
    for (let n = 0; n <= 70; n++) expect(hmac.hex('7'.repeat(n))).toBe(nodeHmac(Buffer.alloc(32, 9), '7'.repeat(n)));
  });

  it('agrees with node:crypto for non-ASCII messages (æøå, emoji) and gives any prefix of the hex', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (message, hexChars) => {
        const key = Buffer.alloc(32, 3);
        expect(hmacSha256(key).hex(message, hexChars)).toBe(nodeHmac(key, message).slice(0, hexChars));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer on repeated calls (its scratch space is reset each time)', () => {
    const hmac = hmacSha256(Buffer.alloc(32, 1));
    const first = hmac.hex('P-000123');
    hmac.hex('a much longer identifier that fills most of the block');
    expect(hmac.hex('P-000123')).toBe(first);
  });
});
