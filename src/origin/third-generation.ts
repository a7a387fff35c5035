/**
 * Children of descendants ("børn af efterkommere", the memo's third generation, DATA.md §1): at
 * least one parent who is an efterkommer and no parent of Danish origin, judged from the parents'
 * own origin groups where those are known.
 *
 * A parent whose origin group is unknown cannot make a child third generation. It blocks the
 * classification when it is `dk(p)` (a Danish citizen born in Denmark is almost always of Danish
 * origin), and otherwise neither qualifies nor disqualifies. docs/origin.md explains why.
 */
import type { ParentFacts, PersonOriginFacts } from './facts.ts';
import { isDanishCitizenBornInDenmark } from './parent-rules.ts';

function mayBeOfDanishOrigin(parent: ParentFacts | null): boolean {
  if (parent === null) return false;
  if (parent.originGroup !== null) return parent.originGroup === 'dansk_oprindelse';
  return isDanishCitizenBornInDenmark(parent);
}

/**
 * The parent through whom a child of descendants takes its origin — the mother where both
 * parents are descendants — or null when the person is not a child of descendants.
 *
 * @example descendantParentOf(person) === person.mother // mother is an efterkommer, father unknown
 */
export function descendantParentOf(person: PersonOriginFacts): ParentFacts | null {
  const { mother, father } = person;
  const motherIsDescendant = mother !== null && mother.originGroup === 'efterkommer';
  const fatherIsDescendant = father !== null && father.originGroup === 'efterkommer';
  if (!motherIsDescendant && !fatherIsDescendant) return null;
  if (mayBeOfDanishOrigin(mother) || mayBeOfDanishOrigin(father)) return null;
  return motherIsDescendant ? mother : father;
}
