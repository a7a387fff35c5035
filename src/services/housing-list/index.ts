/**
 * The legal criteria of Almenboligloven § 61 a per area (variant `legal_criteria` of
 * `boligomraader-diversitet`), from the ministry's list as a file: read it, apply the law, and
 * keep the latest list in the data folder (beside the area names) for the housing-area page.
 */
import { access, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type LegalCriteriaResult, legalCriteria } from '../../stats/index.ts';
import { readAreaList } from './read-area-list.ts';

export { AREA_LIST_COLUMNS, readAreaList } from './read-area-list.ts';

/** The saved list's name in the data folder. */
export const AREA_LIST_FILE = 'boligomraader-liste.csv';

/** Every area of the list with the criteria it meets and the list it belongs on, in file order. */
export async function legalCriteriaOfList(file: string): Promise<LegalCriteriaResult[]> {
  return (await readAreaList(file)).map(legalCriteria);
}

/**
 * Checks the list completely, then keeps a copy as the data folder's list (replacing an earlier
 * one); a list with any error is refused and the saved one stays as it was.
 */
export async function saveAreaList(file: string, dataDir: string): Promise<LegalCriteriaResult[]> {
  const results = await legalCriteriaOfList(file);
  await mkdir(dataDir, { recursive: true });
  await copyFile(file, path.join(dataDir, AREA_LIST_FILE));
  return results;
}

/** The saved list's criteria; none when no list has been saved. */
export async function savedLegalCriteria(file: string | undefined): Promise<LegalCriteriaResult[]> {
  if (file === undefined) return [];
  try {
    await access(file);
  } catch {
    return [];
  }
  return legalCriteriaOfList(file);
}
