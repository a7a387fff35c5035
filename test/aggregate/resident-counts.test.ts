import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import { residentCounts } from '../../src/counting/resident-counts.ts';
import type { Group } from '../../src/origin/types.ts';
import { counts, input, person, population, rows } from './helpers.ts';

describe('residentCounts', () => {
  const persons = population(
    { ...person('A', '1990-01-01', 'target'), municipality: '101' },
    { ...person('B', '1990-06-30', 'target'), municipality: '101' },
    { ...person('C', '1990-01-01', 'target'), municipality: '147' },
    { ...person('D', '1990-01-01', 'comparison'), municipality: '101' },
    { ...person('E', '1990-01-01', 'target', null), municipality: '101', sex: 'M' },
    { ...person('F', '2026-01-01', 'target'), municipality: '101' },
  );
  const kinds = (keys: Parameters<typeof residentCounts>[2]) => {
    const seen: string[] = [];
    residentCounts(persons, '2025-12-31', keys).forEach((municipality, group, age, own, count) => {
      seen.push(`${municipality} ${group} ${age} [${own.join(',')}] ${count}`);
    });
    return seen.sort();
  };

  it('counts the residents alike once, and leaves out those born after the reference date', () => {
    expect(kinds([])).toEqual(['101 comparison 35 [] 1', '101 target 35 [] 3', '147 target 35 [] 1']);
    expect(kinds(['sex'])).toEqual(['101 comparison 35 [sex=K] 1', '101 target 35 [sex=K] 2', '101 target 35 [sex=M] 1', '147 target 35 [sex=K] 1']);
  });

  it('is built once per index, date and breakdowns', () => {
    expect(residentCounts(persons, '2025-12-31', ['sex'])).toBe(residentCounts(persons, '2025-12-31', ['sex']));
    expect(residentCounts(persons, '2025-12-31', ['sex'])).not.toBe(residentCounts(persons, '2024-12-31', ['sex']));
  });
});

describe('prevalence from the residents counted alike', () => {
  it('counts a person born after the reference date nowhere, not even in the note on ages', () => {
    const persons = population(person('A', '1990-01-01', 'target'), person('B', '2026-02-01', 'target'));
    const spells = rows({ person_id: 'A', start_date: '2025-01-01', end_date: '' }, { person_id: 'B', start_date: '2026-03-01', end_date: '' });
    const out = aggregate(input('socialpsykiatri', persons, spells, { start: '2026-01-01', end: '2026-12-31', label: '2026' }, '2025-12-31'));
    expect(counts(out.cells, 'target')).toEqual([1, 1]);
    expect(out.notes).toEqual([]);
    expect(out.unmatched).toEqual([]);
  });

  const GROUP = fc.constantFrom<Group>('target', 'comparison', 'other');
  const DAY = (from: number, span: number) =>
    fc.integer({ min: 0, max: span }).map((days) => new Date(Date.UTC(from, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
  const PERSONS = fc
    .array(fc.tuple(DAY(1930, 365 * 97), GROUP, fc.constantFrom('101', '147', '851'), fc.constantFrom<'M' | 'K'>('M', 'K')), { minLength: 1, maxLength: 60 })
    .map((list) =>
      list.map(
        ([birthDate, group, municipality, sex], i): AggregationPerson => ({
          id: `P${i}`,
          birthDate,
          sex,
          group,
          municipality,
          refugee: false,
          area: null,
          originGroup: 'indvandrer',
        }),
      ),
    );
  const SPELLS = fc.array(fc.tuple(fc.nat(70), DAY(2024, 365 * 3), fc.option(DAY(2024, 365 * 3))), { maxLength: 80 });

  it.each([
    ['socialpsykiatri', 18],
    ['hjemmepleje', 0],
  ])('%s: every municipality × group equals a count person by person', (indicatorId, fromAge) => {
    fc.assert(
      fc.property(PERSONS, SPELLS, (list, spellList) => {
        const spells = spellList.map(([p, a, b]) => {
          const [start, end] = b === null ? [a, ''] : a <= b ? [a, b] : [b, a];
          return { person_id: `P${p}`, start_date: start, end_date: end };
        });
        const out = aggregate(input(indicatorId, population(...list), rows(...spells)));
        const inPeriod = (s: { start_date: string; end_date: string }) => s.start_date <= '2025-12-31' && (s.end_date === '' || s.end_date >= '2025-01-01');
        const cells = new Map(out.cells.map((c) => [`${c.municipality}|${c.group}|${c.breakdown}`, [c.numerator, c.denominator]]));
        const codes = new Set(list.map((p) => p.municipality));
        for (const code of codes.size > 1 ? [...codes] : []) {
          for (const group of ['target', 'comparison', 'other'] as const) {
            const residents = list.filter(
              (p) => p.municipality === code && p.group === group && p.birthDate <= '2025-12-31' && ageAt(p.birthDate, '2025-12-31') >= fromAge,
            );
            const had = residents.filter((p) => spells.some((s) => s.person_id === p.id && inPeriod(s)));
            expect(cells.get(`${code}|${group}|`)).toEqual([had.length, residents.length]);
            const women = residents.filter((p) => p.sex === 'K');
            if (group === 'target') expect(cells.get(`${code}|${group}|sex=K`)).toEqual([had.filter((p) => p.sex === 'K').length, women.length]);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
