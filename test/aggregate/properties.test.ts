import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregatedCell, type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import type { Group } from '../../src/origin/types.ts';
import { input } from './helpers.ts';

const GROUP_ARB = fc.constantFrom<Group>('target', 'comparison', 'other');
const DATE_ARB = fc.integer({ min: 0, max: 365 * 100 }).map((days) => new Date(Date.UTC(1926, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
const SPELL_DATE_ARB = fc.integer({ min: 0, max: 365 * 3 }).map((days) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const PERSONS_ARB = fc
  .array(fc.tuple(DATE_ARB, GROUP_ARB), { minLength: 1, maxLength: 40 })
  .map(
    (list) =>
      new Map<string, AggregationPerson>(
        list.map(([birthDate, group], i) => [`P${i}`, { id: `P${i}`, birthDate, sex: 'K', group, refugee: false, area: '0101', originGroup: 'indvandrer' }]),
      ),
  );

const ROWS_ARB = fc.array(fc.tuple(fc.nat(45), SPELL_DATE_ARB, fc.option(SPELL_DATE_ARB), fc.constantFrom('child', 'family')), { maxLength: 60 }).map((list) =>
  list.map(([person, a, b, measure], i) => {
    const [start, end] = b === null ? [a, ''] : a <= b ? [a, b] : [b, a];
    return { rowNumber: i + 2, values: { person_id: `P${person}`, start_date: start, end_date: end, measure, offence_date: a } };
  }),
);

const sum = (cells: readonly AggregatedCell[], key: 'numerator' | 'denominator') => cells.reduce((s, c) => s + (c[key] ?? 0), 0);

describe('aggregation invariants', () => {
  it.each(['socialpsykiatri', 'hjemmepleje', 'boern-anbringelse', 'boern-kontaktperson', 'kriminalitet'])(
    '%s: total = target + comparison + other; age bands add up to the group; numerator ≤ denominator',
    (indicatorId) => {
      fc.assert(
        fc.property(PERSONS_ARB, ROWS_ARB, (persons, rows) => {
          const out = aggregate(input(indicatorId, persons, rows));
          for (const breakdown of new Set(out.cells.filter((c) => c.group === 'total').map((c) => c.breakdown))) {
            const parts = out.cells.filter((c) => c.group !== 'total' && c.breakdown === breakdown);
            const total = out.cells.find((c) => c.group === 'total' && c.breakdown === breakdown);
            expect(total?.numerator).toBe(sum(parts, 'numerator'));
            expect(total?.denominator).toBe(sum(parts, 'denominator'));
          }
          for (const group of ['target', 'comparison']) {
            const whole = out.cells.find((c) => c.group === group && c.breakdown === '');
            const bands = out.cells.filter((c) => c.group === group && c.breakdown.startsWith('ageband='));
            expect(sum(bands, 'denominator')).toBe(whole?.denominator);
            expect(sum(bands, 'numerator')).toBe(whole?.numerator);
          }
          for (const c of out.cells) expect(c.numerator ?? 0).toBeLessThanOrEqual(c.denominator ?? 0);
          expect(out.unmatched.length).toBe(rows.filter((r) => !persons.has(r.values.person_id)).length);
        }),
        { numRuns: 150 },
      );
    },
  );
});
