import { describe, expect, it } from 'vitest';
import { classifyOrigin } from '../../src/origin/index.ts';
import { type Golden, originGroupCases, thirdGenerationCases } from './golden-origin-cases.ts';
import { parent, person } from './helpers.ts';

function check(c: Golden): void {
  expect(classifyOrigin(c.facts)).toEqual({
    originGroup: c.group,
    originCountry: c.country,
    originRegion: c.region,
    thirdGeneration: c.third ?? false,
    dataQuality: c.flags ?? [],
  });
}

describe('classifyOrigin — origin group and origin country (DATA.md §1)', () => {
  it.each(originGroupCases)('$name', check);
});

describe('classifyOrigin — children of descendants (third generation)', () => {
  it.each(thirdGenerationCases)('$name', check);

  it('a descendant parent whose originGroup is known makes a parent-less-looking person third generation only through that group', () => {
    const parentWithoutFacts = parent(null, null, 'efterkommer', 'SY');
    const result = classifyOrigin(person('DK', 'DK', parentWithoutFacts, null));
    expect(result.thirdGeneration).toBe(true);
    expect(result.originCountry).toBe('SY');
    // The parent has no known facts, so the origin-group table sees no parent at all.
    expect(result.originGroup).toBe('dansk_oprindelse');
    expect(result.dataQuality).toEqual(['no_parent_known']);
  });
});
