/**
 * The generation breakdown of integration statistics: immigrants and descendants, as Statistics
 * Denmark's origin groups say. Persons of Danish origin — the children of descendants among them —
 * are neither (null).
 */
import type { OriginGroup } from './types.ts';

export const GENERATIONS = ['immigrant', 'descendant'] as const;
export type Generation = (typeof GENERATIONS)[number];

/**
 * @example generationOf('indvandrer') // 'immigrant'
 * @example generationOf('dansk_oprindelse') // null
 */
export function generationOf(originGroup: OriginGroup): Generation | null {
  if (originGroup === 'indvandrer') return 'immigrant';
  return originGroup === 'efterkommer' ? 'descendant' : null;
}
