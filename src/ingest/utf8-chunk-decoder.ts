/**
 * Strict, streaming UTF-8 decoding. Each chunk is validated natively (`isUtf8`) and decoded natively;
 * a character cut at the end of a chunk waits for the next. On invalid bytes it throws an
 * `InvalidTextError` carrying the text before the first bad byte, so the caller can tell in which row
 * the problem is.
 */
import { isUtf8 } from 'node:buffer';
import { withoutCutCharacter } from './detect-encoding.ts';

/** Thrown on bytes that are not UTF-8; `validText` is the chunk's text up to the first bad byte. */
export class InvalidTextError extends Error {
  override readonly name = 'InvalidTextError';
  /** `mixed`: a Windows-1252 file holds UTF-8 characters (two encodings in one file). */
  constructor(
    readonly validText: string,
    readonly reason: 'invalid' | 'mixed' = 'invalid',
  ) {
    super(reason === 'mixed' ? 'UTF-8 inside Windows-1252' : 'invalid UTF-8');
  }
}

/** Decodes UTF-8 chunk by chunk; `skipBom` drops a byte order mark at the very start. */
export class Utf8ChunkDecoder {
  private tail: Buffer = Buffer.alloc(0);
  private atStart: boolean;

  constructor(skipBom: boolean) {
    this.atStart = skipBom;
  }

  /** The text of `chunk` (plus bytes left from the previous chunk). */
  decode(chunk: Buffer): string {
    let bytes = this.tail.length === 0 ? chunk : Buffer.concat([this.tail, chunk]);
    if (this.atStart && bytes.length >= 3) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      this.atStart = false;
    }
    const whole = withoutCutCharacter(bytes);
    this.tail = Buffer.from(bytes.subarray(whole.length));
    if (!isUtf8(whole)) throw new InvalidTextError(whole.toString('utf8', 0, firstInvalidByte(whole)));
    return whole.toString('utf8');
  }

  /** Fails if the file ended inside a character. */
  end(): string {
    if (this.tail.length > 0) throw new InvalidTextError('');
    return '';
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (slow; error path only). */
export function firstInvalidByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || !isUtf8(bytes.subarray(i, i + length)) || i + length > bytes.length) return i;
    i += length;
  }
  return bytes.length;
}
