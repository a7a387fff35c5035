import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatSignedNumber } from '../../src/format/index.ts';

describe('formatNumber', () => {
  it.each([
    [1234.5, 1, 'da', '1.234,5'],
    [1234.5, 1, 'en', '1,234.5'],
    [1234567.891, 2, 'da', '1.234.567,89'],
    [0.05, 1, 'da', '0,1'],
    [999, 0, 'da', '999'],
    [1000, 0, 'da', '1.000'],
    [-1.25, 1, 'da', '-1,3'],
    [-0.04, 1, 'da', '0,0'],
    [-0.04, 1, 'en', '0.0'],
  ] as const)('formatNumber(%s, %s, %s) = %s', (value, decimals, lang, expected) => {
    expect(formatNumber(value, decimals, lang)).toBe(expected);
  });

  it('never uses a typographic minus or a non-breaking space', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 3 }), (v, d) => {
        const text = formatNumber(v, d, 'da');
        return !text.includes('\u2212') && !text.includes('\u00a0') && /^-?[\d.]+(,\d+)?$/.test(text);
      }),
    );
  });

  it('round-trips: Danish text read back gives the rounded number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (cents) => {
        const text = formatNumber(cents / 100, 2, 'da');
        return Number(text.replaceAll('.', '').replace(',', '.')) === cents / 100;
      }),
    );
  });
});

describe('formatSignedNumber', () => {
  it.each([
    [1.2, 'da', '+1,2'],
    [-1.2, 'da', '-1,2'],
    [0, 'da', '0,0'],
    [0.04, 'en', '0.0'],
    [1234, 'en', '+1,234.0'],
  ] as const)('formatSignedNumber(%s, 1, %s) = %s', (value, lang, expected) => {
    expect(formatSignedNumber(value, 1, lang)).toBe(expected);
  });
});
