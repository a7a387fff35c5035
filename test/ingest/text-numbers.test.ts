/**
 * TextNumbers: a text numbered once is found again as a string and as any range of a longer text
 * holding it, through the table's growths, and nothing else is found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextNumbers } from '../../src/ingest/index.ts';

describe('TextNumbers', () => {
  it('finds a text by string and by range, and gives -1 for any other text', () => {
    const numbers = new TextNumbers();
    numbers.set('DK', 0);
    numbers.set('Syrien', 7);
    numbers.set('', 3);
    const line = 'B01;DK;Syrien;;Syr';
    expect(numbers.getRange(line, 4, 6)).toBe(0);
    expect(numbers.getRange(line, 7, 13)).toBe(7);
    expect(numbers.getRange(line, 14, 14)).toBe(3);
    expect(numbers.get('Syrien')).toBe(7);
    // A prefix, a longer text and a text of the same length are other texts.
    expect(numbers.getRange(line, 15, 18)).toBe(-1);
    expect(numbers.getRange(line, 4, 7)).toBe(-1);
    expect(numbers.get('DE')).toBe(-1);
    expect(numbers.size).toBe(3);
  });

  it('keeps the first number of a text set twice', () => {
    const numbers = new TextNumbers();
    numbers.set('1988-01-15', 4);
    numbers.set('1988-01-15', 9);
    expect(numbers.get('1988-01-15')).toBe(4);
    expect(numbers.size).toBe(1);
  });

  it('agrees with a Map for any texts, found inside longer texts, through growths (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', 'ø', 'Ğ', '€', ';'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), fc.array(text, { maxLength: 50 }), text, text, (known, others, before, after) => {
        const numbers = new TextNumbers();
        const expected = new Map<string, number>();
        known.forEach((t, n) => {
          numbers.set(t, n);
          if (!expected.has(t)) expected.set(t, n);
        });
        expect(numbers.size).toBe(expected.size);
        for (const t of [...known, ...others]) {
          const n = expected.get(t) ?? -1;
          expect(numbers.get(t)).toBe(n);
          expect(numbers.getRange(before + t + after, before.length, before.length + t.length)).toBe(n);
        }
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
