/** Origin and group in one call, for the callers (classify, aggregate) that need both. */
import { assignGroup } from './assign-group.ts';
import { classifyOrigin } from './classify-origin.ts';
import type { OriginResult, PersonOriginFacts } from './facts.ts';
import type { Definition, Group } from './types.ts';

/** A person's origin and group. */
export interface PersonClassification {
  readonly origin: OriginResult;
  readonly group: Group;
}

/**
 * Classifies a person's origin and assigns the group under a definition.
 *
 * @example classifyPerson(facts, false, 'origin', false).group // 'comparison'
 */
export function classifyPerson(facts: PersonOriginFacts, refugee: boolean, definition: Definition, includeThirdGeneration: boolean): PersonClassification {
  const origin = classifyOrigin(facts);
  const group = assignGroup({ origin, citizenship: facts.citizenship, refugee }, definition, includeThirdGeneration);
  return { origin, group };
}
