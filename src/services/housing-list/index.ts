/**
 * The legal criteria of Almenboligloven § 61 a per area (variant `legal_criteria` of
 * `boligomraader-diversitet`), from the ministry's list as a file: read it, apply the law.
 */
import { type LegalCriteriaResult, legalCriteria } from '../../stats/index.ts';
import { readAreaList } from './read-area-list.ts';

export { AREA_LIST_COLUMNS, readAreaList } from './read-area-list.ts';

/** Every area of the list with the criteria it meets and the list it belongs on, in file order. */
export async function legalCriteriaOfList(file: string): Promise<LegalCriteriaResult[]> {
  return (await readAreaList(file)).map(legalCriteria);
}
