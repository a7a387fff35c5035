import { describe, expect, it } from 'vitest';
import { childOrigin } from '../../src/demo/children.ts';
import { NON_WESTERN, WESTERN } from '../../src/demo/index.ts';
import { isWestern } from '../../src/origin/index.ts';
import type { ParentFacts } from '../../src/demo/person.ts';

const danish: ParentFacts = { birthCountry: 'DK', citizenship: 'DK', originGroup: 'dansk_oprindelse', originCountry: 'DK', refugee: false };
const turkishImmigrant: ParentFacts = { birthCountry: 'TR', citizenship: 'TR', originGroup: 'indvandrer', originCountry: 'TR', refugee: false };
const naturalisedDescendant: ParentFacts = { birthCountry: 'DK', citizenship: 'DK', originGroup: 'efterkommer', originCountry: 'PK', refugee: false };
const foreignDescendant: ParentFacts = { ...naturalisedDescendant, citizenship: 'PK' };

describe('childOrigin (the demo follows DATA.md §1)', () => {
  it('makes a child with one Danish parent of Danish origin, not third generation', () => {
    expect(childOrigin(turkishImmigrant, danish, 'DK')).toEqual({ originGroup: 'dansk_oprindelse', originCountry: 'DK', third: false, citizenship: 'DK' });
  });

  it('makes the child of a naturalised descendant Danish-origin third generation with the descendant’s country', () => {
    expect(childOrigin(turkishImmigrant, naturalisedDescendant, 'DK')).toEqual({
      originGroup: 'dansk_oprindelse',
      originCountry: 'PK',
      third: true,
      citizenship: 'DK',
    });
  });

  it('makes the child of a descendant without Danish citizenship a descendant, third generation', () => {
    expect(childOrigin(foreignDescendant, turkishImmigrant, 'DK')).toEqual({ originGroup: 'efterkommer', originCountry: 'PK', third: true, citizenship: 'PK' });
  });

  it('makes a child born abroad to immigrants an immigrant from the mother’s country', () => {
    const syrian: ParentFacts = { ...turkishImmigrant, birthCountry: 'SY', citizenship: 'SY', originCountry: 'SY' };
    expect(childOrigin(syrian, turkishImmigrant, 'SY')).toEqual({ originGroup: 'indvandrer', originCountry: 'SY', third: false, citizenship: 'SY' });
  });

  it('uses the father alone when the mother is unknown', () => {
    expect(childOrigin(null, turkishImmigrant, 'DK')).toEqual({ originGroup: 'efterkommer', originCountry: 'TR', third: false, citizenship: 'TR' });
  });
});

describe("the demo's source countries", () => {
  it("are Western or non-Western exactly as the product's Western list says", () => {
    for (const code of WESTERN) expect(isWestern(code), code).toBe(true);
    for (const code of NON_WESTERN) expect(isWestern(code), code).toBe(false);
  });
});
