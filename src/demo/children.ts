/**
 * Children: born to residents (or before the family arrived), with origin, origin country, third
 * generation, citizenship and refugee status derived from the parents exactly as DATA.md §1 says.
 */
import { classifyOrigin } from '../origin/index.ts';
import type { OriginGroup } from '../origin/types.ts';
import { type DemoCountry, spell } from './countries.ts';
import { lifeDates } from './days.ts';
import { factsOf, type ParentFacts, type ParentRef, type SimPerson } from './person.ts';
import { outsideParent, profileOf } from './people.ts';
import type { Town } from './town.ts';

interface ChildOrigin {
  originGroup: OriginGroup;
  originCountry: DemoCountry;
  third: boolean;
  citizenship: DemoCountry;
}

/**
 * Origin of a child with these parents (mother first), born in `bornIn` — by the product's one
 * origin rule (`origin/classifyOrigin`), so the demo's people are what `classify` will find.
 */
export function childOrigin(mother: ParentFacts | null, father: ParentFacts | null, bornIn: DemoCountry): ChildOrigin {
  const parents = [mother, father].filter((p): p is ParentFacts => p !== null);
  const citizenship = parents.some((p) => p.citizenship === 'DK') ? 'DK' : (parents[0]?.citizenship ?? bornIn);
  const origin = classifyOrigin({ birthCountry: bornIn, citizenship, mother, father });
  return {
    originGroup: origin.originGroup,
    // Every parent's country is a demo country, so the origin country is one too.
    originCountry: origin.originCountry as DemoCountry,
    third: origin.thirdGeneration,
    citizenship,
  };
}

function residentParent(person: SimPerson): ParentRef {
  return { id: person.id, index: person.index, birthText: person.birthText, citizenshipText: person.citizenshipText, facts: factsOf(person) };
}

/** A parent who lives elsewhere, of the same background as the resident parent. */
function absentPartnerOf(town: Town, parent: SimPerson): ParentRef {
  const danish = parent.originGroup === 'dansk_oprindelse' && !parent.thirdGeneration;
  const country = danish ? 'DK' : parent.originCountry;
  const facts: ParentFacts = danish
    ? { birthCountry: 'DK', citizenship: 'DK', originGroup: 'dansk_oprindelse', originCountry: 'DK', refugee: false }
    : { birthCountry: country, citizenship: country, originGroup: 'indvandrer', originCountry: country, refugee: false };
  return outsideParent(town, facts, true);
}

export interface ChildSpec {
  mother: SimPerson | null;
  father: SimPerson | null;
  birthDay: number;
  bornIn: DemoCountry;
  inDay: number;
  household: number;
  area: string;
}

/** A new child resident; a parent missing from the household is described as living elsewhere. */
export function newChild(town: Town, spec: ChildSpec): SimPerson {
  const r = town.random;
  const present = spec.mother ?? spec.father;
  if (present === null) throw new Error('a child needs a resident parent');
  const mother = spec.mother === null ? absentPartnerOf(town, present) : residentParent(spec.mother);
  const father = spec.father === null ? absentPartnerOf(town, present) : residentParent(spec.father);
  const origin = childOrigin(mother.facts, father.facts, spec.bornIn);
  const refugee = spec.bornIn !== 'DK' && (mother.facts.refugee || father.facts.refugee);
  return town.addPerson({
    index: town.persons.length,
    id: town.newId(),
    birthDay: spec.birthDay,
    life: lifeDates(spec.birthDay),
    sex: r.chance(0.512) ? 'M' : 'K',
    birthCountry: spec.bornIn,
    citizenship: origin.citizenship,
    birthText: spell(r, spec.bornIn),
    citizenshipText: spell(r, origin.citizenship),
    originGroup: origin.originGroup,
    originCountry: origin.originCountry,
    thirdGeneration: origin.third,
    refugee,
    profile: profileOf(origin.originGroup, origin.originCountry, origin.third, refugee),
    mother,
    father,
    linkOnly: r.chance(0.5),
    household: spec.household,
    area: spec.area,
    arrivalYear: spec.bornIn === 'DK' ? null : present.arrivalYear,
    inDay: spec.inDay,
    outDay: null,
  });
}
