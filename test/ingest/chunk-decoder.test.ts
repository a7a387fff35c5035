/**
 * Windows-1252 is not Latin-1: bytes 0x80–0x9F are printable characters (€, ‚, „, …, ’, –, —, ™)
 * that a Danish spreadsheet export uses. The decoder must give those characters — which Node's own
 * `TextDecoder('windows-1252')` does not on Node 20.18.3+/22.13.0+ (it decodes them as Latin-1
 * control characters), the reason the product keeps iconv-lite (docs/decisions.md).
 */
import { describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../src/ingest/chunk-decoder.ts';

describe('the Windows-1252 chunk decoder', () => {
  it('decodes the 0x80–0x9F range as Windows-1252, not as Latin-1 control characters', () => {
    // "€ 5 – ’ok’ … ™" followed by æ ø å, byte by byte as Windows-1252 writes them.
    const bytes = Buffer.from([0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x92, 0x6f, 0x6b, 0x92, 0x20, 0x85, 0x20, 0x99, 0xe6, 0xf8, 0xe5]);
    const decoder = createChunkDecoder('windows-1252');
    expect(decoder.decode(bytes) + decoder.end()).toBe('€ 5 – ’ok’ … ™æøå');
  });

  it('decides on Windows-1252 when the first non-ASCII chunk is not UTF-8, and keeps it', () => {
    const decoder = createChunkDecoder('undecided');
    expect(decoder.decode(Buffer.from('navn;beløb\n', 'latin1'))).toBe('navn;beløb\n');
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.decode(Buffer.from([0x41, 0x80]))).toBe('A€');
  });
});
