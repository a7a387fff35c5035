/**
 * Target, comparison or other (DATA.md §2) — the one function that decides a person's group.
 *
 * origin definition: refugees, and immigrants and descendants of non-Western origin, are the
 * target group; persons of Danish origin are the comparison group. When an indicator includes
 * the third generation, children of descendants leave the comparison group: non-Western ones join
 * the target group, Western ones go to `other` (they are not "etnisk danske" for the comparison,
 * and not of non-Western background for the target).
 *
 * citizenship definition: refugees and non-Western citizens (stateless and unknown included) are
 * the target group; Danish citizens who are not refugees are the comparison group.
 *
 * Everyone else is `other`.
 */
import type { OriginResult } from './facts.ts';
import { isWestern } from './region.ts';
import type { CountryCode, Definition, Group } from './types.ts';

/** What group assignment needs to know about a person. */
export interface GroupInput {
  readonly origin: OriginResult;
  readonly citizenship: CountryCode | null;
  readonly refugee: boolean;
}

/**
 * The person's group under a definition.
 *
 * @example assignGroup({ origin, citizenship: 'SY', refugee: true }, 'origin', false) // 'target'
 */
export function assignGroup(input: GroupInput, definition: Definition, includeThirdGeneration: boolean): Group {
  if (input.refugee) return 'target';
  switch (definition) {
    case 'origin':
      return groupByOrigin(input.origin, includeThirdGeneration);
    case 'citizenship':
      return groupByCitizenship(input.citizenship);
  }
}

function groupByOrigin(origin: OriginResult, includeThirdGeneration: boolean): Group {
  const western = origin.originRegion === 'vestlig';
  if (origin.originGroup === 'dansk_oprindelse') {
    if (!(includeThirdGeneration && origin.thirdGeneration)) return 'comparison';
  }
  return western ? 'other' : 'target';
}

function groupByCitizenship(citizenship: CountryCode | null): Group {
  if (citizenship === 'DK') return 'comparison';
  return citizenship !== null && isWestern(citizenship) ? 'other' : 'target';
}
