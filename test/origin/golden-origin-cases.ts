/**
 * Golden origin cases: one per row and branch of DATA.md §1, each named in words and with the
 * hand-worked expected result. Shared by the origin and the group tests.
 */
import type { DataQualityFlag, OriginGroup, OriginRegion, PersonOriginFacts } from '../../src/origin/index.ts';
import { DANE, parent, person } from './helpers.ts';

export interface Golden {
  name: string;
  facts: PersonOriginFacts;
  group: OriginGroup;
  country: string;
  region: OriginRegion;
  third?: boolean;
  flags?: DataQualityFlag[];
}

export const originGroupCases: Golden[] = [
  {
    name: 'both parents Danish citizens born in Denmark → Danish origin',
    facts: person('DK', 'DK', DANE, DANE),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
  },
  {
    name: 'mother dk(p), father a Turkish immigrant → Danish origin',
    facts: person('DK', 'DK', DANE, parent('TR', 'TR')),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
  },
  {
    name: 'father dk(p), born in Syria to a Syrian mother → Danish origin wherever born',
    facts: person('SY', 'SY', parent('SY', 'SY'), DANE),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
  },
  {
    name: 'only the mother known and she is dk(p), person born abroad → Danish origin',
    facts: person('US', 'US', DANE, null),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
  },
  {
    name: 'one parent known: a mother who is a Danish citizen born in Sweden is not dk(p) → descendant of Swedish origin',
    facts: person('DK', 'DK', parent('SE', 'DK'), null),
    group: 'efterkommer', country: 'SE', region: 'vestlig',
  },
  {
    name: 'both parents Syrian, born in Syria → immigrant of Syrian origin',
    facts: person('SY', 'SY', parent('SY', 'SY'), parent('SY', 'SY')),
    group: 'indvandrer', country: 'SY', region: 'ikke_vestlig',
  },
  {
    name: 'parents Pakistani, born in Denmark as a Danish citizen → descendant (own citizenship does not matter)',
    facts: person('DK', 'DK', parent('PK', 'PK'), parent('PK', 'DK')),
    group: 'efterkommer', country: 'PK', region: 'ikke_vestlig',
  },
  {
    name: 'mother born in Denmark with Turkish citizenship → origin is her citizenship',
    facts: person('DK', 'TR', parent('DK', 'TR'), parent('TR', 'TR')),
    group: 'efterkommer', country: 'TR', region: 'ikke_vestlig',
  },
  {
    name: 'mother unknown, father a Turkish immigrant → father decides, origin Turkey',
    facts: person('DK', 'DK', null, parent('TR', 'TR')),
    group: 'efterkommer', country: 'TR', region: 'ikke_vestlig',
  },
  {
    name: 'mother unknown, father born in Denmark with Lebanese citizenship → origin is his citizenship',
    facts: person('DK', 'LB', null, parent('DK', 'LB')),
    group: 'efterkommer', country: 'LB', region: 'ikke_vestlig',
  },
  {
    name: 'mother takes precedence over father for the origin country',
    facts: person('DK', 'DK', parent('MA', 'MA'), parent('IQ', 'IQ')),
    group: 'efterkommer', country: 'MA', region: 'ikke_vestlig',
  },
  {
    name: 'a stateless mother born in Syria gives Syrian origin (birth country, not citizenship)',
    facts: person('DK', 'XS', parent('SY', 'XS'), null),
    group: 'efterkommer', country: 'SY', region: 'ikke_vestlig',
  },
  {
    name: 'a stateless mother born in Denmark gives stateless origin (flagged)',
    facts: person('DK', 'XS', parent('DK', 'XS'), null),
    group: 'efterkommer', country: 'XS', region: 'ikke_vestlig', flags: ['origin_country_stateless'],
  },
  {
    name: 'mother born in Denmark with unknown citizenship → origin unknown (flagged)',
    facts: person('DK', 'DK', parent('DK', 'XX'), null),
    group: 'efterkommer', country: 'XX', region: 'ikke_vestlig', flags: ['origin_country_unknown'],
  },
  {
    name: 'mother known only by citizenship → origin unknown, the father is not consulted',
    facts: person('DK', 'DK', parent(null, 'IR'), parent('IR', 'IR')),
    group: 'efterkommer', country: 'XX', region: 'ikke_vestlig', flags: ['origin_country_unknown'],
  },
  {
    name: 'no parent known, born in Somalia → immigrant of Somali origin',
    facts: person('SO', 'SO'),
    group: 'indvandrer', country: 'SO', region: 'ikke_vestlig', flags: ['no_parent_known'],
  },
  {
    name: 'no parent known, born in the USA as a Danish citizen → immigrant, origin is the birth country',
    facts: person('US', 'DK'),
    group: 'indvandrer', country: 'US', region: 'vestlig', flags: ['no_parent_known'],
  },
  {
    name: 'no parent known, born in Denmark as a Danish citizen → Danish origin',
    facts: person('DK', 'DK'),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig', flags: ['no_parent_known'],
  },
  {
    name: 'no parent known, born in Denmark as an Iraqi citizen → descendant, origin is the citizenship',
    facts: person('DK', 'IQ'),
    group: 'efterkommer', country: 'IQ', region: 'ikke_vestlig', flags: ['no_parent_known'],
  },
  {
    name: 'no parent known, born in Denmark, stateless → descendant of stateless origin',
    facts: person('DK', 'XS'),
    group: 'efterkommer', country: 'XS', region: 'ikke_vestlig',
    flags: ['origin_country_stateless', 'no_parent_known'],
  },
  {
    name: 'no parent known, born in Denmark, citizenship unknown → Danish origin (not a foreign citizen)',
    facts: person('DK', null),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
    flags: ['no_parent_known', 'citizenship_unknown'],
  },
  {
    name: 'no parent known, birth country unknown → treated as born abroad, origin unknown',
    facts: person('XX', 'AF'),
    group: 'indvandrer', country: 'XX', region: 'ikke_vestlig',
    flags: ['origin_country_unknown', 'no_parent_known', 'birth_country_unknown'],
  },
  {
    name: 'birth country unknown with known Turkish parents → immigrant of Turkish origin (flagged)',
    facts: person(null, 'TR', parent('TR', 'TR'), parent('TR', 'TR')),
    group: 'indvandrer', country: 'TR', region: 'ikke_vestlig', flags: ['birth_country_unknown'],
  },
  {
    name: 'birth country unknown but a dk(p) father → Danish origin, nothing to flag',
    facts: person(null, 'DK', null, DANE),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig',
  },
  {
    name: 'a parent present with nothing known counts as unknown',
    facts: person('DK', 'DK', parent('XX', null), parent(null, null)),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig', flags: ['no_parent_known'],
  },
  {
    name: 'a parent born in Denmark with unknown citizenship is not dk(p)',
    facts: person('SE', 'SE', parent('DK', null), parent('SE', 'SE')),
    group: 'indvandrer', country: 'XX', region: 'ikke_vestlig', flags: ['origin_country_unknown'],
  },
  {
    name: 'born in Greenland to parents born in Greenland → immigrant of (Western) Greenlandic origin',
    facts: person('GL', 'DK', parent('GL', 'DK'), parent('GL', 'DK')),
    group: 'indvandrer', country: 'GL', region: 'vestlig',
  },
];

export const thirdGenerationCases: Golden[] = [
  {
    name: 'child of two descendants who kept Turkish citizenship → descendant, third generation',
    facts: person('DK', 'TR', parent('DK', 'TR', 'efterkommer', 'TR'), parent('DK', 'TR', 'efterkommer', 'TR')),
    group: 'efterkommer', country: 'TR', region: 'ikke_vestlig', third: true,
  },
  {
    name: 'descendant mother with Danish citizenship → Danish origin by the table, but third generation with her origin',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'PK'), parent('PK', 'PK', 'indvandrer')),
    group: 'dansk_oprindelse', country: 'PK', region: 'ikke_vestlig', third: true,
  },
  {
    name: "both parents descendants → the mother's origin country",
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'TR'), parent('DK', 'DK', 'efterkommer', 'MA')),
    group: 'dansk_oprindelse', country: 'TR', region: 'ikke_vestlig', third: true,
  },
  {
    name: "only the father a descendant → the father's origin country, not the mother's birth country",
    facts: person('DK', 'DK', parent('IQ', 'IQ', 'indvandrer'), parent('DK', 'DK', 'efterkommer', 'IR')),
    group: 'dansk_oprindelse', country: 'IR', region: 'ikke_vestlig', third: true,
  },
  {
    name: 'one descendant parent and one of Danish origin → not third generation',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'TR'), parent('DK', 'DK', 'dansk_oprindelse')),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig', third: false,
  },
  {
    name: "other parent's origin group unknown but dk(p) → presumed of Danish origin, not third generation",
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'TR'), DANE),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig', third: false,
  },
  {
    name: "other parent's origin group unknown and not dk(p) → does not block third generation",
    facts: person('DK', 'TR', parent('DK', 'TR', 'efterkommer', 'TR'), parent('TR', 'TR')),
    group: 'efterkommer', country: 'TR', region: 'ikke_vestlig', third: true,
  },
  {
    name: 'the other parent unknown altogether → third generation through the descendant',
    facts: person('DK', 'DK', null, parent('DK', 'DK', 'efterkommer', 'VN')),
    group: 'dansk_oprindelse', country: 'VN', region: 'ikke_vestlig', third: true,
  },
  {
    name: 'parents born in Denmark but their origin groups unknown → never third generation',
    facts: person('DK', 'TR', parent('DK', 'TR'), parent('DK', 'TR')),
    group: 'efterkommer', country: 'TR', region: 'ikke_vestlig', third: false,
  },
  {
    name: 'descendant parent without an origin country → derived from her facts (born in Denmark → citizenship), flagged',
    facts: person('DK', 'SO', parent('DK', 'SO', 'efterkommer'), null),
    group: 'efterkommer', country: 'SO', region: 'ikke_vestlig', third: true,
    flags: ['parent_origin_country_missing'],
  },
  {
    name: 'naturalised descendant parent without an origin country → falls back to DK, flagged',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer'), null),
    group: 'dansk_oprindelse', country: 'DK', region: 'vestlig', third: true,
    flags: ['parent_origin_country_missing'],
  },
  {
    name: 'child of a descendant born abroad → immigrant, still third generation',
    facts: person('TR', 'TR', parent('DK', 'TR', 'efterkommer', 'TR'), parent('TR', 'TR', 'indvandrer')),
    group: 'indvandrer', country: 'TR', region: 'ikke_vestlig', third: true,
  },
  {
    name: 'Western child of descendants (German origin)',
    facts: person('DK', 'DE', parent('DK', 'DE', 'efterkommer', 'DE'), parent('DE', 'DE', 'indvandrer')),
    group: 'efterkommer', country: 'DE', region: 'vestlig', third: true,
  },
  {
    name: 'descendant parent whose origin country is given as unknown → origin unknown, flagged',
    facts: person('DK', 'DK', parent('DK', 'DK', 'efterkommer', 'XX'), null),
    group: 'dansk_oprindelse', country: 'XX', region: 'ikke_vestlig', third: true,
    flags: ['origin_country_unknown'],
  },
];

