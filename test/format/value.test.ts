import { describe, expect, it } from 'vitest';
import type { Display } from '../../src/catalogue/index.ts';
import { formatDifference, formatGap, formatInterval, formatMeasure, formatTick, formatValue, SUPPRESSED_LABEL } from '../../src/format/index.ts';

const percent: Display = { unit: 'percent', decimals: 1 };
const rate: Display = { unit: 'per1000', decimals: 1 };
const grade: Display = { unit: 'grade', decimals: 1 };
const count: Display = { unit: 'count', decimals: 0 };
const index: Display = { unit: 'index', decimals: 2 };
const share = { display: percent };

describe('formatValue', () => {
  it('dispatches on the display unit', () => {
    expect(formatValue({ value: 0.352, suppressed: false }, share, 'da')).toBe('35,2 %');
    expect(formatValue({ value: 0.352, suppressed: false }, share, 'en')).toBe('35.2%');
    expect(formatValue({ value: 12.34, suppressed: false }, { display: rate }, 'da')).toBe('12,3 pr. 1.000');
    expect(formatValue({ value: 6.84, suppressed: false }, { display: grade }, 'da')).toBe('6,8');
    expect(formatValue({ value: 1234, suppressed: false }, { display: count }, 'da')).toBe('1.234');
    expect(formatValue({ value: 0.6123, suppressed: false }, { display: index }, 'da')).toBe('0,61');
  });

  it('says suppressed, never zero, even if a number was left on the row', () => {
    expect(formatValue({ value: null, suppressed: true }, share, 'da')).toBe('diskretioneret');
    expect(formatValue({ value: 0.75, suppressed: true }, share, 'en')).toBe('suppressed');
    expect(SUPPRESSED_LABEL.da).toBe('diskretioneret');
  });

  it('says no data for a missing value', () => {
    expect(formatValue({ value: null, suppressed: false }, share, 'da')).toBe('ingen data');
    expect(formatValue({ value: null, suppressed: false }, share, 'en')).toBe('no data');
  });
});

describe('formatInterval', () => {
  it('writes the unit once', () => {
    expect(formatInterval({ ciLow: 0.331, ciHigh: 0.374, suppressed: false }, share, 'da')).toBe('33,1–37,4 %');
    expect(formatInterval({ ciLow: 0.331, ciHigh: 0.374, suppressed: false }, share, 'en')).toBe('33.1–37.4%');
    expect(formatInterval({ ciLow: 10.2, ciHigh: 14.5, suppressed: false }, { display: rate }, 'da')).toBe('10,2–14,5 pr. 1.000');
  });

  it('spaces the dash when an end is negative', () => {
    expect(formatMeasureIntervalText(-0.021, 0.005)).toBe('-2,1 – 0,5 %');
  });

  it('is empty when suppressed or absent', () => {
    expect(formatInterval({ ciLow: 0.1, ciHigh: 0.2, suppressed: true }, share, 'da')).toBe('');
    expect(formatInterval({ ciLow: null, ciHigh: null, suppressed: false }, share, 'da')).toBe('');
  });
});

function formatMeasureIntervalText(low: number, high: number): string {
  return formatInterval({ ciLow: low, ciHigh: high, suppressed: false }, share, 'da');
}

describe('differences and ticks', () => {
  it('uses percentage points for shares and grade points for grades', () => {
    expect(formatGap(0.021, share, 'da')).toBe('+2,1 procentpoint');
    expect(formatGap(-0.021, share, 'en')).toBe('-2.1 percentage points');
    expect(formatGap(null, share, 'da')).toBe('');
    expect(formatDifference(-1.24, grade, 'da', true)).toBe('-1,2 karakterpoint');
    expect(formatDifference(3.5, rate, 'da')).toBe('3,5 pr. 1.000');
    expect(formatDifference(12, count, 'da', true)).toBe('+12');
  });

  it('gives ticks only the decimals the step needs', () => {
    expect(formatTick(0.25, percent, 0.05, 'da')).toBe('25 %');
    expect(formatTick(0.025, percent, 0.005, 'da')).toBe('2,5 %');
    expect(formatTick(7.5, grade, 2.5, 'da')).toBe('7,5');
    expect(formatTick(10, grade, 2.5, 'da')).toBe('10,0');
    expect(formatTick(10, grade, 2, 'da')).toBe('10');
    expect(formatTick(0.3, index, 0.05, 'da')).toBe('0,30');
    expect(formatTick(1500, count, 500, 'da')).toBe('1.500');
    expect(formatTick(20, rate, 10, 'da')).toBe('20');
    expect(formatMeasure(0.4, percent, 'da')).toBe('40,0 %');
  });
});
