/**
 * The one-pass national count (`MunicipalTally`) against the way it replaced: the rules run once
 * over everyone for the country and again on each municipality's residents and rows. For random
 * extracts the two must give the same cells, municipality by municipality and for `000`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregationInput, type AggregationPerson, aggregate, type IndicatorOutput } from '../../src/counting/index.ts';
import { byMunicipality } from '../../src/counting/by-municipality.ts';
import { aggregateKriminalitet } from '../../src/counting/indicators/kriminalitet.ts';
import { aggregateValgdeltagelse } from '../../src/counting/indicators/valgdeltagelse.ts';
import type { Group } from '../../src/origin/types.ts';
import { MunicipalTally } from '../../src/counting/municipal-tally.ts';
import { input, person, population, rows } from './helpers.ts';

const KV2025 = { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };
const GROUPS: readonly Group[] = ['target', 'comparison', 'other'];

const extract = fc.array(
  fc.record({
    group: fc.constantFrom(...GROUPS),
    municipality: fc.constantFrom('101', '147', '751', '860'),
    born: fc.integer({ min: 1940, max: 2015 }),
    sex: fc.constantFrom('M' as const, 'K' as const),
    refugee: fc.boolean(),
    events: fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 40 },
);

type Extract = typeof extract extends fc.Arbitrary<infer T> ? T : never;

function persons(people: Extract): Map<string, AggregationPerson> {
  return population(
    ...people.map((p, i) => ({ ...person(`P${i}`, `${p.born}-06-15`, p.group), sex: p.sex, refugee: p.refugee, municipality: p.municipality })),
  );
}

/** The cells as the rules run per municipality give them (the path before `MunicipalTally`). */
function perPart(aggregator: (input: AggregationInput) => IndicatorOutput, data: AggregationInput) {
  const run = (part: AggregationInput) => aggregator(part).cells;
  return byMunicipality(data, run(data), run);
}

describe('one-pass municipal tallies', () => {
  it('give the turnout cells of the per-municipality runs, for every municipality and the country', () => {
    fc.assert(
      fc.property(extract, (people) => {
        // months 0–6 voted, 7–13 did not; a person with no event is not on the roll
        const votes = rows(...people.flatMap((p, i) => (p.events.length === 0 ? [] : [{ person_id: `P${i}`, voted: (p.events[0] ?? 0) < 7 ? '1' : '0' }])));
        const data = input('valgdeltagelse', persons(people), votes, KV2025);
        expect(aggregate(data).cells).toEqual(perPart(aggregateValgdeltagelse, data));
      }),
      { numRuns: 200 },
    );
  });

  it('give the prevalence cells of the per-municipality runs (kriminalitet: ages, age bands, person breakdowns)', () => {
    fc.assert(
      fc.property(extract, (people) => {
        const offences = rows(
          ...people.flatMap((p, i) =>
            p.events.map((m) => ({ person_id: `P${i}`, offence_date: `${m < 12 ? 2025 : 2024}-${String((m % 12) + 1).padStart(2, '0')}-10` })),
          ),
          { person_id: 'X1', offence_date: '2025-01-01' },
        );
        const data = input('kriminalitet', persons(people), offences);
        const out = aggregate(data);
        expect(out.cells).toEqual(perPart(aggregateKriminalitet, data));
        expect(out.unmatched).toEqual([{ rowNumber: offences.length + 1 }]);
      }),
      { numRuns: 200 },
    );
  });

  it('sums the municipalities into the whole, and gives a municipality without persons zero cells', () => {
    const tally = new MunicipalTally();
    tally.add('101', 'target', [''], ['']);
    tally.add('101', 'comparison', [''], []);
    tally.add('751', 'target', [''], []);
    const { cells, cellsOf } = tally.counts({ everyGroup: [''], comparedOnly: [] }, 1);
    const pairs = (cs: typeof cells) => cs.map((c) => [c.group, c.numerator, c.denominator]);
    expect(pairs(cells)).toEqual([
      ['target', 1, 2],
      ['comparison', 0, 1],
      ['other', 0, 0],
      ['total', 1, 3],
    ]);
    expect(pairs(cellsOf('751'))).toEqual([
      ['target', 0, 1],
      ['comparison', 0, 0],
      ['other', 0, 0],
      ['total', 0, 1],
    ]);
    expect(pairs(cellsOf('860')).map((p) => p[2])).toEqual([0, 0, 0, 0]);
  });
});
