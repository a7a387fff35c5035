/**
 * Turns a CSV file's bytes into text chunk by chunk, in the encoding detected, without ever holding
 * the whole file. Windows-1252 goes through iconv-lite's streaming decoder; UTF-8 through a strict
 * decoder, so that a file that stops being valid UTF-8 half-way is reported, not garbled. While only
 * ASCII has been seen the encoding stays 'undecided', and the first chunk with another byte decides.
 */
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import { detectEncoding, type EncodingGuess } from './detect-encoding.ts';
import type { Encoding } from './table-source.ts';
import { InvalidTextError, Utf8ChunkDecoder } from './utf8-chunk-decoder.ts';

/** A streaming decoder whose encoding may still be settled by a later chunk. */
export interface ChunkDecoder {
  /** Text of the next chunk (an incomplete character at its end is kept for the next call). */
  decode(chunk: Buffer): string;
  /** Whatever is left at the end of the file. */
  end(): string;
  /** The encoding in use; 'undecided' while everything has been ASCII. */
  readonly encoding: EncodingGuess;
}

interface Delegate {
  decode(chunk: Buffer): string;
  end(): string;
}

/**
 * A decoder that starts with `guess`; when 'undecided', the first non-ASCII chunk decides.
 * Throws `InvalidTextError` on invalid UTF-8.
 * @example createChunkDecoder('windows-1252').decode(Buffer.from([0xe6])) === 'æ'
 */
export function createChunkDecoder(guess: EncodingGuess): ChunkDecoder {
  let encoding = guess;
  let delegate = guess === 'undecided' ? undefined : delegateFor(guess);
  return {
    decode(chunk) {
      if (delegate === undefined) {
        if (isAscii(chunk)) return chunk.toString('latin1');
        encoding = detectEncoding(chunk, false);
        delegate = delegateFor(encoding === 'undecided' ? 'utf-8' : encoding);
      }
      return delegate.decode(chunk);
    },
    end() {
      return delegate === undefined ? '' : delegate.end();
    },
    get encoding() {
      return encoding;
    },
  };
}

function delegateFor(encoding: Encoding): Delegate {
  if (encoding === 'windows-1252') {
    const decoder = iconv.getDecoder('windows-1252');
    return {
      decode: (chunk) => {
        const at = utf8LetterAt(chunk);
        if (at !== -1) throw new InvalidTextError(iconv.decode(chunk.subarray(0, at), 'windows-1252'), 'mixed');
        return decoder.write(chunk);
      },
      end: () => decoder.end() ?? '',
    };
  }
  return new Utf8ChunkDecoder(encoding === 'utf-8-bom');
}

/**
 * Where a Windows-1252 chunk holds a UTF-8 encoded letter (æ ø å é …: C3 80–BF) or sign (NBSP § °:
 * C2 A0–BF), or -1. In Windows-1252 those pairs read "Ã¦", "Â§" — never Danish — so a hit means a
 * file saved partly in each encoding, which would otherwise be stored garbled.
 */
function utf8LetterAt(chunk: Buffer): number {
  for (let i = 0; i + 1 < chunk.length; i++) {
    const byte = chunk[i] as number;
    if (byte !== 0xc2 && byte !== 0xc3) continue;
    const next = chunk[i + 1] as number;
    if (next <= 0xbf && next >= (byte === 0xc3 ? 0x80 : 0xa0)) return i;
  }
  return -1;
}
