import { describe, expect, it } from 'vitest';
import { assignGroup, classifyOrigin, classifyPerson, type CountryCode, type Definition, type Group, type PersonOriginFacts } from '../../src/origin/index.ts';
import { originGroupCases, thirdGenerationCases } from './golden-origin-cases.ts';
import { DANE, parent, person } from './helpers.ts';

interface GroupCase {
  name: string;
  facts: PersonOriginFacts;
  refugee?: boolean;
  /** Expected group: origin without / with the third generation, then citizenship. */
  origin: Group;
  originWithThird: Group;
  citizenship: Group;
}

const cases: GroupCase[] = [
  {
    name: 'person of Danish origin',
    facts: person('DK', 'DK', DANE, DANE),
    origin: 'comparison',
    originWithThird: 'comparison',
    citizenship: 'comparison',
  },
  {
    name: 'refugee from Syria',
    facts: person('SY', 'SY', parent('SY', 'SY'), parent('SY', 'SY')),
    refugee: true,
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'refugee who is a Danish citizen of Danish origin — the refugee flag wins',
    facts: person('DK', 'DK', DANE, null),
    refugee: true,
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'non-Western immigrant who became a Danish citizen',
    facts: person('IQ', 'DK', parent('IQ', 'IQ'), parent('IQ', 'IQ')),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'comparison',
  },
  {
    name: 'non-Western immigrant with foreign citizenship',
    facts: person('SO', 'SO', parent('SO', 'SO'), null),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'Western immigrant (Germany)',
    facts: person('DE', 'DE', parent('DE', 'DE'), parent('DE', 'DE')),
    origin: 'other',
    originWithThird: 'other',
    citizenship: 'other',
  },
  {
    name: 'non-Western descendant with Danish citizenship',
    facts: person('DK', 'DK', parent('PK', 'PK'), parent('PK', 'PK')),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'comparison',
  },
  {
    name: 'Western descendant (Norway) with Norwegian citizenship',
    facts: person('DK', 'NO', parent('NO', 'NO'), null),
    origin: 'other',
    originWithThird: 'other',
    citizenship: 'other',
  },
  {
    name: 'stateless person born in Denmark, no parents known (descendant of stateless origin)',
    facts: person('DK', 'XS'),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'immigrant of unknown origin and unknown citizenship',
    facts: person('XX', null),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'person of Danish origin with US citizenship',
    facts: person('US', 'US', DANE, null),
    origin: 'comparison',
    originWithThird: 'comparison',
    citizenship: 'other',
  },
  {
    name: 'non-Western child of descendants of Danish origin by the table',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'TR'), parent('TR', 'TR', 'indvandrer')),
    origin: 'comparison',
    originWithThird: 'target',
    citizenship: 'comparison',
  },
  {
    name: 'Western child of descendants of Danish origin by the table → other when included',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'NO'), null),
    origin: 'comparison',
    originWithThird: 'other',
    citizenship: 'comparison',
  },
  {
    name: 'non-Western child of descendants who is itself a descendant → target either way',
    facts: person('DK', 'TR', parent('DK', 'TR', 'efterkommer', 'TR'), parent('DK', 'TR', 'efterkommer', 'TR')),
    origin: 'target',
    originWithThird: 'target',
    citizenship: 'target',
  },
  {
    name: 'Western child of descendants who is itself a descendant → other either way',
    facts: person('DK', 'DE', parent('DK', 'DE', 'efterkommer', 'DE'), parent('DE', 'DE', 'indvandrer')),
    origin: 'other',
    originWithThird: 'other',
    citizenship: 'other',
  },
];

function groupOf(facts: PersonOriginFacts, refugee: boolean, definition: Definition, third: boolean): Group {
  const origin = classifyOrigin(facts);
  return assignGroup({ origin, citizenship: facts.citizenship, refugee }, definition, third);
}

describe('assignGroup (DATA.md §2)', () => {
  it.each(cases)('$name', (c) => {
    const refugee = c.refugee ?? false;
    expect(groupOf(c.facts, refugee, 'origin', false)).toBe(c.origin);
    expect(groupOf(c.facts, refugee, 'origin', true)).toBe(c.originWithThird);
    expect(groupOf(c.facts, refugee, 'citizenship', false)).toBe(c.citizenship);
    expect(groupOf(c.facts, refugee, 'citizenship', true)).toBe(c.citizenship);
  });

  const citizenships: [CountryCode | null, Group][] = [
    ['DK', 'comparison'],
    ['SE', 'other'],
    ['US', 'other'],
    ['GB', 'other'],
    ['SY', 'target'],
    ['TR', 'target'],
    ['XS', 'target'],
    ['XX', 'target'],
    [null, 'target'],
  ];
  it.each(citizenships)('citizenship definition: citizenship %s → %s', (citizenship, expected) => {
    // The same origin for everyone: the citizenship definition must not look at it.
    const origin = classifyOrigin(person('DK', 'DK', DANE, DANE));
    expect(assignGroup({ origin, citizenship, refugee: false }, 'citizenship', false)).toBe(expected);
  });
});

describe('including the third generation', () => {
  const everyone = [...cases.map((c) => c.facts), ...originGroupCases.map((c) => c.facts), ...thirdGenerationCases.map((c) => c.facts)];

  it('moves persons only out of the comparison group, and only children of descendants', () => {
    let moved = 0;
    for (const facts of everyone) {
      const origin = classifyOrigin(facts);
      const without = assignGroup({ origin, citizenship: facts.citizenship, refugee: false }, 'origin', false);
      const withThird = assignGroup({ origin, citizenship: facts.citizenship, refugee: false }, 'origin', true);
      if (without === withThird) continue;
      moved++;
      expect(origin.thirdGeneration).toBe(true);
      expect(without).toBe('comparison');
      expect(withThird).toBe(origin.originRegion === 'vestlig' ? 'other' : 'target');
    }
    expect(moved).toBeGreaterThanOrEqual(6);
  });

  it('the comparison group loses exactly what target and other gain', () => {
    const count = (third: boolean): Record<Group, number> => {
      const n: Record<Group, number> = { target: 0, comparison: 0, other: 0 };
      for (const facts of everyone) n[classifyPerson(facts, false, 'origin', third).group]++;
      return n;
    };
    const without = count(false);
    const withThird = count(true);
    const lost = without.comparison - withThird.comparison;
    expect(lost).toBeGreaterThan(0);
    expect(withThird.target - without.target + (withThird.other - without.other)).toBe(lost);
  });
});

describe('classifyPerson', () => {
  it('returns the origin and the group together', () => {
    const facts = person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'PK'), null);
    expect(classifyPerson(facts, false, 'origin', true)).toEqual({
      origin: {
        originGroup: 'dansk_oprindelse',
        originCountry: 'PK',
        originRegion: 'ikke_vestlig',
        thirdGeneration: true,
        dataQuality: [],
      },
      group: 'target',
    });
    expect(classifyPerson(facts, false, 'origin', false).group).toBe('comparison');
    expect(classifyPerson(facts, true, 'citizenship', false).group).toBe('target');
  });
});
