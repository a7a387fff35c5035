import { describe, expect, it } from 'vitest';
import { formatPeriodLabel, formatPeriodPhrase, formatPeriodShort } from '../../src/format/index.ts';

describe('period labels', () => {
  it.each([
    ['2025', 'da', '2025', '2025', 'i 2025'],
    ['2025', 'en', '2025', '2025', 'in 2025'],
    ['2024/2025', 'da', 'skoleåret 2024/25', '2024/25', 'i skoleåret 2024/25'],
    ['2024/2025', 'en', 'school year 2024/25', '2024/25', 'in the school year 2024/25'],
    ['2024-10/2025-09', 'da', '1. oktober 2024 – 30. september 2025', '2024/25', 'i perioden oktober 2024 – september 2025'],
    ['KV2025', 'da', 'kommunalvalget 2025 (KV2025)', 'KV2025', 'ved kommunalvalget 2025'],
    ['KV2021', 'en', 'municipal election 2021 (KV2021)', 'KV2021', 'at the 2021 municipal election'],
    ['1999/2000', 'da', 'skoleåret 1999/00', '1999/00', 'i skoleåret 1999/00'],
  ] as const)('%s (%s)', (period, lang, label, short, phrase) => {
    expect(formatPeriodLabel(period, lang)).toBe(label);
    expect(formatPeriodShort(period, lang)).toBe(short);
    expect(formatPeriodPhrase(period, lang)).toBe(phrase);
  });

  it('passes unknown text through', () => {
    expect(formatPeriodLabel('Q3', 'da')).toBe('Q3');
    expect(formatPeriodShort('Q3', 'da')).toBe('Q3');
    expect(formatPeriodPhrase('Q3', 'da')).toBe('i Q3');
  });
});
