/**
 * Primary suppression: a cell is suppressed on its own when it shows 1..threshold−1 persons in its
 * numerator, denominator, n or complement (denominator − numerator), or when the counts needed to
 * check it are missing (a share without its denominator, a mean without its n). Zero is
 * publishable: "nobody" identifies no one.
 */

import { isSmall } from './dimensions.ts';
import type { Cell, SuppressionReason } from './types.ts';

function missingCounts(cell: Cell): boolean {
  switch (cell.valueKind) {
    case 'share':
    case 'rate':
      return cell.numerator === null || cell.denominator === null;
    case 'count':
      return cell.numerator === null;
    case 'mean':
      return cell.n == null;
    case 'index':
      return false;
  }
}

/** The primary reason to suppress `cell`, or null when it may be published on its own. */
export function primaryReason(cell: Cell, threshold: number): SuppressionReason | null {
  if (cell.sourceSuppressed) return 'source';
  if (missingCounts(cell)) return 'primary';
  const counts = [cell.numerator, cell.denominator, cell.n ?? null];
  if (counts.some((c) => c !== null && isSmall(c, threshold))) return 'primary';
  const { numerator, denominator } = cell;
  const hasComplement = (cell.valueKind === 'share' || cell.valueKind === 'rate') && numerator !== null && denominator !== null;
  if (hasComplement && numerator <= denominator && isSmall(denominator - numerator, threshold)) return 'complement';
  return null;
}
