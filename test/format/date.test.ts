import { describe, expect, it } from 'vitest';
import { formatDate, formatTimestamp } from '../../src/format/index.ts';

describe('formatDate', () => {
  it.each([
    ['2025-10-01', 'da', '1. oktober 2025'],
    ['2025-10-01', 'en', '1 October 2025'],
    ['2024-02-29', 'da', '29. februar 2024'],
    ['2025-03-31', 'da', '31. marts 2025'],
    ['2025-05-05', 'da', '5. maj 2025'],
    ['2025-12-24', 'en', '24 December 2025'],
  ] as const)('formatDate(%s, %s) = %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('shows timestamps on the Copenhagen calendar', () => {
    // 23:30 UTC on 30 September is already 1 October in Copenhagen (UTC+2 in summer time).
    expect(formatDate('2025-09-30T23:30:00Z', 'da')).toBe('1. oktober 2025');
    expect(formatDate('2025-01-15T10:00:00.000Z', 'en')).toBe('15 January 2025');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('not a date', 'da')).toBe('not a date');
    expect(formatDate('2025-13-01', 'da')).toBe('2025-13-01');
  });
});

describe('formatTimestamp', () => {
  it('shows a UTC moment on the Copenhagen clock, in Danish words (summer and winter time)', () => {
    expect(formatTimestamp('2026-07-01T10:05:00Z', 'da')).toBe('1. juli 2026 kl. 12.05');
    expect(formatTimestamp('2026-12-06T19:51:27.123Z', 'da')).toBe('6. december 2026 kl. 20.51');
    expect(formatTimestamp('2026-12-31T23:30:00Z', 'da')).toBe('1. januar 2027 kl. 00.30');
    expect(formatTimestamp('2026-12-06T19:51:27Z', 'en')).toBe('6 December 2026, 20:51');
  });

  it('keeps a plain date a date and text that is no time as it is', () => {
    expect(formatTimestamp('2025-10-01', 'da')).toBe('1. oktober 2025');
    expect(formatTimestamp('ukendt', 'da')).toBe('ukendt');
  });
});
