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
});
