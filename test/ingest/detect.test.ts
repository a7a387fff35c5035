import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDecimal, voteOf } from '../../src/ingest/detect-decimal.ts';
import { detectEncoding, withoutCutCharacter } from '../../src/ingest/detect-encoding.ts';
import { countOutsideQuotes, detectSeparator } from '../../src/ingest/detect-separator.ts';
import { firstInvalidByte } from '../../src/ingest/utf8-chunk-decoder.ts';

describe('detectEncoding', () => {
  const utf8 = Buffer.from('navn;land\nÅse;Færøerne\n', 'utf8');

  it('recognises a BOM, valid UTF-8 and Windows-1252', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), true)).toBe('utf-8-bom');
    expect(detectEncoding(utf8, true)).toBe('utf-8');
    expect(detectEncoding(iconv.encode('Åse;Færøerne\n', 'windows-1252'), true)).toBe('windows-1252');
  });

  it('leaves an all-ASCII sample undecided unless it is the whole file', () => {
    expect(detectEncoding(Buffer.from('a;b\n1;2\n'), false)).toBe('undecided');
    expect(detectEncoding(Buffer.from('a;b\n1;2\n'), true)).toBe('utf-8');
  });

  it('does not hold a character cut at the end of the sample against UTF-8', () => {
    const cut = utf8.subarray(0, utf8.indexOf(Buffer.from('ø', 'utf8')) + 1);
    expect(detectEncoding(cut, false)).toBe('utf-8');
    expect(detectEncoding(cut, true)).toBe('windows-1252');
  });

  it('withoutCutCharacter drops only an incomplete final sequence', () => {
    const euro = Buffer.from('a€', 'utf8');
    expect(withoutCutCharacter(euro.subarray(0, 3))).toEqual(Buffer.from('a'));
    expect(withoutCutCharacter(euro)).toEqual(euro);
    expect(withoutCutCharacter(Buffer.from('abc'))).toEqual(Buffer.from('abc'));
  });

  it('firstInvalidByte finds the offset of the first bad byte', () => {
    expect(firstInvalidByte(Buffer.concat([Buffer.from('Øa', 'utf8'), Buffer.from([0xe6, 0x41])]))).toBe(3);
    expect(firstInvalidByte(Buffer.from('Østrig', 'utf8'))).toBe(7);
  });
});

describe('detectSeparator', () => {
  it('lets the header decide', () => {
    expect(detectSeparator('f', 'navn;beløb\nHans;1,5\nGrete;2,5\n')).toBe(';');
    expect(detectSeparator('f', 'a,b,c\nx,"1;2",z\n')).toBe(',');
    expect(detectSeparator('f', 'a;b;c\n1,5;2,5;3,5\n1,5;2,5;3,5\n')).toBe(';');
  });

  it('ignores separators inside quotes', () => {
    expect(detectSeparator('f', '"a;b;c",d\n1,2\n')).toBe(',');
    expect(countOutsideQuotes('"a;b";c;"d"', ';')).toBe(2);
  });

  it('on a header tie, takes the separator that is steady on the data lines, else ","', () => {
    expect(detectSeparator('f', 'id\n1;2\n3;4\n')).toBe(';');
    expect(detectSeparator('f', 'id\nP1\nP2\n')).toBe(',');
    expect(detectSeparator('f', 'a;b,c\n1;2,3\n')).toBe(',');
  });
});

describe('detectDecimal', () => {
  it('votes by unambiguous decimal cells', () => {
    expect(voteOf('0,352')).toBe(',');
    expect(voteOf('1.234,5')).toBe(',');
    expect(voteOf('0.352')).toBe('.');
    expect(voteOf('1,234.5')).toBe('.');
    expect(voteOf('1.234')).toBeUndefined();
    expect(voteOf('1,234')).toBeUndefined();
    expect(voteOf('12')).toBeUndefined();
    expect(voteOf('2023-02-28')).toBeUndefined();
    expect(voteOf('28.02.2023')).toBeUndefined();
  });

  it('takes the majority, falling back on the separator', () => {
    expect(detectDecimal([['0.5', '1,25', '2,5']], ',')).toBe(',');
    expect(detectDecimal([['0.5', '0.25', '2,5']], ';')).toBe('.');
    expect(detectDecimal([['12', '1.234']], ';')).toBe(',');
    expect(detectDecimal([['12', 'abc']], ',')).toBe('.');
  });
});
