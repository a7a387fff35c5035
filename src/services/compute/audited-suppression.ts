/**
 * Suppression with its audit run again on the result: what import and aggregate use before a
 * delivery is stored or written, so that no department file — however its cells relate — can make
 * a publication from which a small count is recovered or bounded. `suppress` already stops only
 * when the audit finds nothing; a finding here is a defect, and the delivery is refused rather
 * than stored.
 */
import type { Indicator } from '../../catalogue/index.ts';
import { auditSuppression } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import { deliveryTable } from './delivery-table.ts';
import { withheldKeys } from './period-cells.ts';
import { withoutCostToDefault } from './second-figure-suppression.ts';

/** The keys the one rule withholds from this delivery, after an independent audit of the result. */
export function auditedSuppressedKeys(indicator: Indicator, cells: readonly Cell[], threshold: number): Set<string> {
  const { withheld, decided } = withoutCostToDefault(cells, (own) => withheldKeys(deliveryTable(indicator, own), threshold));
  const findings = auditSuppression(deliveryTable(indicator, decided), withheld, threshold);
  if (findings.length > 0) {
    throw new Error(`small-cell audit failed for ${indicator.id}: ${findings.map((f) => f.detail).join('; ')}`);
  }
  return withheld;
}
