import { describe, expect, it } from 'vitest';
import { type AggregatedCell, type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import type { Group } from '../../src/origin/types.ts';
import { input, person, population, rows, ordinary } from './helpers.ts';

const KV2025 = { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };

function resident(id: string, group: Group, municipality: string | null, area: string | null = null): AggregationPerson {
  return { ...person(id, '1980-01-01', group, area), municipality };
}

/** `[numerator, denominator]` of the one cell of municipality × group × breakdown. */
function countsOf(cells: readonly AggregatedCell[], municipality: string, group: string, breakdown = ''): [number | null, number | null] {
  const found = cells.filter((c) => c.municipality === municipality && c.group === group && c.breakdown === breakdown);
  if (found.length !== 1) throw new Error(`expected one cell ${municipality}/${group}/${breakdown}, found ${found.length}`);
  const c = found[0] as AggregatedCell;
  return [c.numerator, c.denominator];
}

const vote = (id: string, voted: string) => ({ person_id: id, voted });

describe('aggregation by municipality', () => {
  const persons = population(
    resident('A1', 'target', '101'),
    resident('A2', 'target', '101'),
    resident('A3', 'comparison', '101'),
    resident('B1', 'target', '751'),
    resident('B2', 'comparison', '751'),
    resident('B3', 'comparison', '751'),
    resident('B4', 'other', '751'),
  );
  const votes = rows(vote('A1', '1'), vote('A2', '0'), vote('A3', '1'), vote('B1', '1'), vote('B2', '1'), vote('B3', '0'), vote('B4', '1'), vote('X9', '1'));
  const out = aggregate(input('valgdeltagelse', persons, votes, KV2025));

  it('writes each municipality in code order, then the whole country 000', () => {
    expect([...new Set(out.cells.map((c) => c.municipality))]).toEqual(['101', '751', '000']);
    expect(ordinary(out.cells)).toHaveLength(12);
  });

  it('counts every person where the extract places them, and the country as everyone', () => {
    expect(countsOf(out.cells, '101', 'target')).toEqual([1, 2]);
    expect(countsOf(out.cells, '101', 'comparison')).toEqual([1, 1]);
    expect(countsOf(out.cells, '101', 'other')).toEqual([0, 0]);
    expect(countsOf(out.cells, '101', 'total')).toEqual([2, 3]);
    expect(countsOf(out.cells, '751', 'target')).toEqual([1, 1]);
    expect(countsOf(out.cells, '751', 'comparison')).toEqual([1, 2]);
    expect(countsOf(out.cells, '751', 'other')).toEqual([1, 1]);
    expect(countsOf(out.cells, '751', 'total')).toEqual([3, 4]);
    expect(countsOf(out.cells, '000', 'target')).toEqual([2, 3]);
    expect(countsOf(out.cells, '000', 'total')).toEqual([5, 7]);
  });

  it('reports a row of an unknown person once, not once per municipality', () => {
    expect(out.unmatched).toEqual([{ rowNumber: 9 }]);
  });

  it("gives an extract without municipalities, or with one only, the own municipality's '' and no country", () => {
    const own = aggregate(input('valgdeltagelse', population(person('A1', '1980-01-01', 'target')), rows(vote('A1', '1')), KV2025));
    expect(ordinary(own.cells).map((c) => c.municipality)).toEqual(['', '', '', '']);
    const one = aggregate(input('valgdeltagelse', population(resident('A1', 'target', '101')), rows(vote('A1', '1')), KV2025));
    expect(ordinary(one.cells).map((c) => c.municipality)).toEqual(['', '', '', '']);
  });

  it('keeps housing areas inside their municipality: the country has no area cells', () => {
    const areas = population(resident('A1', 'target', '101', '0101'), resident('A2', 'comparison', '101', '0102'), resident('B1', 'target', '751', '0101'));
    const cells = aggregate(input('boligomraader-diversitet', areas, [])).cells;
    expect(countsOf(cells, '101', 'target', 'area=0101')).toEqual([1, 1]);
    expect(countsOf(cells, '751', 'target', 'area=0101')).toEqual([1, 1]);
    expect(cells.filter((c) => c.municipality === '000').map((c) => c.breakdown)).toEqual(['', '', '', '']);
    expect(countsOf(cells, '000', 'target')).toEqual([2, 3]);
  });

  it('refuses persons without a municipality among persons with one', () => {
    const mixed = population(resident('A1', 'target', '101'), resident('A2', 'target', null));
    expect(() => aggregate(input('valgdeltagelse', mixed, rows(vote('A1', '1')), KV2025))).toThrow(/uden kommune/);
  });
});
