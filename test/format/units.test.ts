import { describe, expect, it } from 'vitest';
import { formatGrade, formatPoints, formatRate, formatShare, formatSignedPoints } from '../../src/format/index.ts';

describe('units', () => {
  it('writes shares as percentages with a space in Danish only', () => {
    expect(formatShare(0.352, 'da')).toBe('35,2 %');
    expect(formatShare(0.352, 'en')).toBe('35.2%');
    expect(formatShare(1, 'da')).toBe('100,0 %');
    expect(formatShare(0.25, 'da', 0)).toBe('25 %');
    expect(formatShare(0.00049, 'da')).toBe('0,0 %');
  });

  it('writes rates per 1,000', () => {
    expect(formatRate(12.34, 'da')).toBe('12,3 pr. 1.000');
    expect(formatRate(12.34, 'en')).toBe('12.3 per 1,000');
    expect(formatRate(1234.56, 'da')).toBe('1.234,6 pr. 1.000');
  });

  it('writes grades with one decimal', () => {
    expect(formatGrade(6.8, 'da')).toBe('6,8');
    expect(formatGrade(6.84, 'en')).toBe('6.8');
    expect(formatGrade(-3, 'da')).toBe('-3,0');
  });

  it('writes share differences as percentage points', () => {
    expect(formatPoints(0.031, 'da')).toBe('3,1 procentpoint');
    expect(formatPoints(0.031, 'en')).toBe('3.1 percentage points');
    expect(formatSignedPoints(0.012, 'da')).toBe('+1,2 procentpoint');
    expect(formatSignedPoints(-0.021, 'da')).toBe('-2,1 procentpoint');
    expect(formatSignedPoints(-0.004, 'en')).toBe('-0.4 percentage points');
    expect(formatSignedPoints(0, 'da')).toBe('0,0 procentpoint');
  });
});
