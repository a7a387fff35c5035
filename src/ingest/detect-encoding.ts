/**
 * Guesses a CSV file's text encoding the way Danish files come: UTF-8 with a BOM (Excel's
 * "CSV UTF-8"), UTF-8 without, or Windows-1252 (Excel's plain "CSV" on a Danish Windows).
 * Plain ASCII is the same in all three, so an ASCII sample leaves the decision to the first chunk
 * that holds a non-ASCII byte.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { Encoding } from './table-source.ts';

/** An encoding, or 'undecided' while only ASCII has been seen. */
export type EncodingGuess = Encoding | 'undecided';

/**
 * The encoding of a sample of bytes. `complete` says the sample is the whole file; otherwise a
 * multi-byte UTF-8 character cut at the end of the sample is not held against UTF-8.
 * @example detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), true) === 'utf-8-bom'
 */
export function detectEncoding(sample: Buffer, complete: boolean): EncodingGuess {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (isAscii(sample)) return complete ? 'utf-8' : 'undecided';
  const whole = complete ? sample : withoutCutCharacter(sample);
  return isUtf8(whole) ? 'utf-8' : 'windows-1252';
}

/** The sample without a trailing, incomplete UTF-8 sequence (at most 3 bytes are looked at). */
export function withoutCutCharacter(sample: Buffer): Buffer {
  const end = sample.length;
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const byte = sample[i] ?? 0;
    if (byte < 0x80) return sample;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return i + needed > end ? sample.subarray(0, i) : sample;
    }
  }
  return sample;
}
