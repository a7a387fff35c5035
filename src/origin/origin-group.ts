/**
 * Statistics Denmark's origin group (DATA.md §1): dansk_oprindelse, indvandrer or efterkommer.
 *
 * - At least one known parent is `dk(p)` → dansk_oprindelse, wherever the person was born.
 * - Otherwise, with at least one parent known: born abroad → indvandrer, born in Denmark →
 *   efterkommer. (With one parent known, that parent alone decides.)
 * - No parent known: born abroad → indvandrer; born in Denmark as a Danish citizen →
 *   dansk_oprindelse; born in Denmark as a foreign citizen or stateless → efterkommer.
 *
 * Decisions where facts are missing (docs/origin.md):
 * - An unknown own birth country counts as born abroad: everyone born in Denmark has the birth
 *   registered in CPR, and Statistics Denmark codes an unknown birthplace as "udlandet uoplyst".
 * - No parent known, born in Denmark, citizenship unknown → dansk_oprindelse: Statistics Denmark
 *   makes such a person an efterkommer only when "udenlandsk statsborger"; the rest of the
 *   population is of Danish origin.
 */
import type { PersonOriginFacts } from './facts.ts';
import { isDanishCitizenBornInDenmark, isKnownCountry, isParentKnown } from './parent-rules.ts';
import type { OriginGroup } from './types.ts';

/** Whether the person is taken to be born in Denmark (unknown birth country counts as abroad). */
export function isBornInDenmark(person: PersonOriginFacts): boolean {
  return person.birthCountry === 'DK';
}

/**
 * The origin group of a person.
 *
 * @example originGroupOf({ birthCountry: 'DK', citizenship: 'DK', mother: null, father: null })
 *   // 'dansk_oprindelse'
 */
export function originGroupOf(person: PersonOriginFacts): OriginGroup {
  const { mother, father } = person;
  if (isDanishCitizenBornInDenmark(mother) || isDanishCitizenBornInDenmark(father)) {
    return 'dansk_oprindelse';
  }
  const bornInDenmark = isBornInDenmark(person);
  if (isParentKnown(mother) || isParentKnown(father)) {
    return bornInDenmark ? 'efterkommer' : 'indvandrer';
  }
  if (!bornInDenmark) return 'indvandrer';
  const citizenship = person.citizenship;
  const foreign = isKnownCountry(citizenship) && citizenship !== 'DK';
  return foreign ? 'efterkommer' : 'dansk_oprindelse';
}
