import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignGroup,
  classifyOrigin,
  COUNTRY_BY_CODE,
  DATA_QUALITY_FLAGS,
  DEFINITIONS,
  GROUPS,
  isDanishCitizenBornInDenmark,
  ORIGIN_GROUPS,
  ORIGIN_REGIONS,
  type ParentFacts,
  type PersonOriginFacts,
  regionOf,
  resolveCountry,
  COUNTRIES,
} from '../../src/origin/index.ts';

const country = fc.constantFrom('DK', 'SE', 'DE', 'US', 'TR', 'SY', 'SO', 'PK', 'GL', 'XS', 'XX', null);
const originGroup = fc.constantFrom(...ORIGIN_GROUPS, null);

const parentFacts: fc.Arbitrary<ParentFacts> = fc.record(
  {
    birthCountry: country,
    citizenship: country,
    originGroup,
    originCountry: country,
    thirdGeneration: fc.boolean(),
  },
  { requiredKeys: ['birthCountry', 'citizenship', 'originGroup'] },
);

const facts: fc.Arbitrary<PersonOriginFacts> = fc.record({
  birthCountry: country,
  citizenship: country,
  mother: fc.option(parentFacts, { nil: null }),
  father: fc.option(parentFacts, { nil: null }),
});

const SEED = 20250101;

describe('classifyOrigin on random facts', () => {
  it('never throws and gives values from the allowed sets', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = classifyOrigin(f);
        expect(ORIGIN_GROUPS).toContain(r.originGroup);
        expect(ORIGIN_REGIONS).toContain(r.originRegion);
        expect(r.originRegion).toBe(regionOf(r.originCountry));
        expect(COUNTRY_BY_CODE.has(r.originCountry) || r.originCountry === 'XS' || r.originCountry === 'XX').toBe(true);
        for (const flag of r.dataQuality) expect(DATA_QUALITY_FLAGS).toContain(flag);
        expect(new Set(r.dataQuality).size).toBe(r.dataQuality.length);
        expect(r.dataQuality.includes('origin_country_unknown')).toBe(r.originCountry === 'XX');
        expect(r.dataQuality.includes('origin_country_stateless')).toBe(r.originCountry === 'XS');
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a dk(p) parent always gives Danish origin', () => {
    fc.assert(
      fc.property(facts, (f) => {
        if (isDanishCitizenBornInDenmark(f.mother) || isDanishCitizenBornInDenmark(f.father)) {
          expect(classifyOrigin(f).originGroup).toBe('dansk_oprindelse');
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('third generation only with a descendant parent and no parent of Danish origin', () => {
    fc.assert(
      fc.property(facts, (f) => {
        if (!classifyOrigin(f).thirdGeneration) return;
        const parents = [f.mother, f.father];
        expect(parents.some((p) => p?.originGroup === 'efterkommer')).toBe(true);
        expect(parents.some((p) => p?.originGroup === 'dansk_oprindelse')).toBe(false);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('Danish origin that is not third generation always has origin country DK', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = classifyOrigin(f);
        if (r.originGroup === 'dansk_oprindelse' && !r.thirdGeneration) expect(r.originCountry).toBe('DK');
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('assignGroup on random facts', () => {
  it('including the third generation changes only third-generation persons, and only out of comparison', () => {
    fc.assert(
      fc.property(facts, fc.boolean(), (f, refugee) => {
        const origin = classifyOrigin(f);
        const input = { origin, citizenship: f.citizenship, refugee };
        const without = assignGroup(input, 'origin', false);
        const withThird = assignGroup(input, 'origin', true);
        expect(GROUPS).toContain(without);
        expect(GROUPS).toContain(withThird);
        if (without !== withThird) {
          expect(origin.thirdGeneration).toBe(true);
          expect(without).toBe('comparison');
          expect(withThird).not.toBe('comparison');
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('refugees are always in the target group; the citizenship definition ignores the third-generation choice', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...DEFINITIONS), fc.boolean(), (f, definition, third) => {
        const origin = classifyOrigin(f);
        expect(assignGroup({ origin, citizenship: f.citizenship, refugee: true }, definition, third)).toBe('target');
        const input = { origin, citizenship: f.citizenship, refugee: false };
        expect(assignGroup(input, 'citizenship', true)).toBe(assignGroup(input, 'citizenship', false));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('resolveCountry on random spellings', () => {
  it('ignores case and surrounding or repeated whitespace in every known name', () => {
    const names = COUNTRIES.flatMap((c) => [c.da, c.en].map((name) => [name, c.alpha2] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', ' ', '  ', '\t'),
        ([name, code], upper, pad) => {
          const scrambled = [...name].map((ch, i) => (upper[i % 40] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const spaced = pad + scrambled.replace(/ /g, '  ') + pad;
          expect(resolveCountry(spaced)).toEqual({ kind: 'country', code });
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
