/**
 * `proportionCells` counts each person once in their group and once in `total`, per breakdown of
 * their denominator. Its tallies are resolved once per shared breakdown list, so the tests check
 * that shared lists, fresh lists and more lists than it caches all give the plain count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Counted, NOWHERE, proportionCells, WHOLE_GROUP } from '../../src/counting/proportion-cells.ts';
import type { Group } from '../../src/origin/types.ts';

const GROUPS: readonly Group[] = ['target', 'comparison', 'other'];
const BREAKDOWNS = ['', 'ageband=0-17', 'ageband=18-64', 'measure=child'] as const;
const layout = { everyGroup: ['', 'measure=child'], comparedOnly: ['ageband=0-17', 'ageband=18-64'] };

/** The count by definition, one person at a time. */
function naive(persons: readonly Counted[], group: string, breakdown: string) {
  const inGroup = persons.filter((p) => (group === 'total' || p.group === group) && p.inDenominator.includes(breakdown));
  return { denominator: inGroup.length, numerator: inGroup.filter((p) => p.inNumerator.includes(breakdown)).length };
}

const person = fc
  .record({
    group: fc.constantFrom(...GROUPS),
    extra: fc.subarray([...BREAKDOWNS.slice(1)]),
    hits: fc.subarray([...BREAKDOWNS]),
  })
  .map(({ group, extra, hits }): Counted => {
    const inDenominator = ['', ...extra];
    return { group, inDenominator, inNumerator: hits.filter((h) => inDenominator.includes(h)) };
  });

describe('proportionCells', () => {
  it('counts a hand-made example: 2 of 3 target persons, 1 of 1 comparison, total 3 of 4', () => {
    const counted: Counted[] = [
      { group: 'target', inDenominator: WHOLE_GROUP, inNumerator: WHOLE_GROUP },
      { group: 'target', inDenominator: WHOLE_GROUP, inNumerator: WHOLE_GROUP },
      { group: 'target', inDenominator: WHOLE_GROUP, inNumerator: NOWHERE },
      { group: 'comparison', inDenominator: [''], inNumerator: [''] },
    ];
    const cells = proportionCells(counted, { everyGroup: [''], comparedOnly: [] }, 1);
    expect(cells.map((c) => [c.group, c.numerator, c.denominator])).toEqual([
      ['target', 2, 3],
      ['comparison', 1, 1],
      ['other', 0, 0],
      ['total', 3, 4],
    ]);
    expect(cells[0]?.value).toBeCloseTo(2 / 3, 12);
    expect(cells[2]?.value).toBeNull();
  });

  it('gives the plain count for any persons, whether their lists are fresh or shared', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), (persons) => {
        const cells = proportionCells(persons, layout, 1000);
        for (const cell of cells) {
          const expected = naive(persons, cell.group, cell.breakdown);
          expect([cell.numerator, cell.denominator]).toEqual([expected.numerator, expected.denominator]);
          expect(cell.value).toBe(expected.denominator === 0 ? null : (expected.numerator / expected.denominator) * 1000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps counting right past the number of lists it caches (a fresh list per person)', () => {
    const persons: Counted[] = Array.from({ length: 25_000 }, (_, i) => ({
      group: GROUPS[i % 3] as Group,
      inDenominator: i % 2 === 0 ? [''] : ['', 'ageband=18-64'],
      inNumerator: i % 5 === 0 ? [''] : [],
    }));
    const cells = proportionCells(persons, layout, 1);
    const total = cells.find((c) => c.group === 'total' && c.breakdown === '');
    expect([total?.numerator, total?.denominator]).toEqual([5_000, 25_000]);
    const targetAdults = cells.find((c) => c.group === 'target' && c.breakdown === 'ageband=18-64');
    expect(targetAdults?.denominator).toBe(naive(persons, 'target', 'ageband=18-64').denominator);
    expect(targetAdults?.numerator).toBe(0);
  });
});
