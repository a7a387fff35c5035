import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate } from '../../src/counting/index.ts';
import { cell, counts, input, person, population, rows } from './helpers.ts';

const KV2025 = { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };
const persons = population(
  person('T1', '1980-01-01', 'target'),
  person('T2', '1981-01-01', 'target'),
  person('T3', '1982-01-01', 'target'),
  person('C1', '1970-01-01', 'comparison'),
  person('C2', '1971-01-01', 'comparison'),
  person('O1', '1990-01-01', 'other'),
);
const vote = (id: string, voted: string) => ({ person_id: id, voted });

describe('valgdeltagelse', () => {
  it('divides those who voted by the entitled rows found in the population', () => {
    const data = rows(vote('T1', '1'), vote('T2', '0'), vote('T3', 'ja'), vote('C1', 'nej'), vote('C2', '1'), vote('O1', 'true'), vote('X', '1'));
    const out = aggregate(input('valgdeltagelse', persons, data, KV2025));
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(counts(out.cells, 'comparison')).toEqual([1, 2]);
    expect(cell(out.cells, 'comparison').value).toBe(0.5);
    expect(counts(out.cells, 'other')).toEqual([1, 1]);
    expect(counts(out.cells, 'total')).toEqual([4, 6]);
    expect(out.unmatched).toEqual([{ rowNumber: 8 }]);
  });

  it('refuses a person listed twice and an unreadable flag', () => {
    const twice = () => aggregate(input('valgdeltagelse', persons, rows(vote('T1', '1'), vote('T2', '1'), vote('T1', '0')), KV2025));
    expect(twice).toThrow(AggregationRowError);
    expect(twice).toThrow(/Række 4, kolonne "person_id"/);
    const flag = () => aggregate(input('valgdeltagelse', persons, rows(vote('T1', 'måske')), KV2025));
    expect(flag).toThrow(/Række 2, kolonne "voted"/);
  });

  it('finds a person listed twice by the rows’ person numbers, and persons outside the extract by their ids', () => {
    // A reader that knows each row's person in the extract numbers the rows (`personNumber`).
    const numbered = (n: number | undefined, values: Record<string, string>, rowNumber: number) => ({
      rowNumber,
      values,
      ...(n === undefined ? {} : { personNumber: n }),
    });
    const roll = (...entries: [number | undefined, string][]) => entries.map(([n, id], i) => numbered(n, vote(id, '1'), i + 2));
    // Person 3 twice, far apart in the bitset's bytes from person 900; two unknown ids apart.
    expect(() => aggregate(input('valgdeltagelse', persons, roll([3, 'T1'], [900, 'T2'], [undefined, 'X'], [3, 'T1']), KV2025))).toThrow(
      /Række 5, kolonne "person_id"/,
    );
    expect(() => aggregate(input('valgdeltagelse', persons, roll([0, 'T1'], [undefined, 'X'], [undefined, 'X']), KV2025))).toThrow(/Række 4/);
    // Numbers that differ are different persons, however many bytes apart.
    const fine = aggregate(input('valgdeltagelse', persons, roll([0, 'T1'], [8, 'T2'], [70_000, 'T3'], [undefined, 'X'], [undefined, 'Y']), KV2025));
    expect(counts(fine.cells, 'target')).toEqual([3, 3]);
    expect(fine.unmatched).toEqual([{ rowNumber: 5 }, { rowNumber: 6 }]);
  });
});
