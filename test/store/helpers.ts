/**
 * Builders for synthetic deliveries and a deterministic clock, shared by the store tests.
 */
import { createHash } from 'node:crypto';
import type { DeliveryGroup } from '../../src/origin/types.ts';
import type { Cell, NewDelivery } from '../../src/cells/index.ts';

/** sha256 hex of a string, standing in for a file's bytes. */
export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A cell with counts; `value` is numerator / denominator. */
export function cell(group: DeliveryGroup, breakdown: string, numerator: number, denominator: number): Cell {
  return {
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: numerator / denominator,
    sd: null,
    n: denominator,
    suppressed: false,
    note: '',
  };
}

/** A cell suppressed at the source: no counts. */
export function suppressedCell(group: DeliveryGroup, breakdown: string): Cell {
  return { municipality: '999', group, breakdown, numerator: null, denominator: null, value: null, sd: null, n: null, suppressed: true, note: 'under 5' };
}

/** A delivery of `selvforsoergelse` 2025 with three cells, unless overridden. */
export function delivery(overrides: Partial<NewDelivery> = {}): NewDelivery {
  return {
    indicator: 'selvforsoergelse',
    period: '2025',
    fileName: 'selvforsoergelse-2025.csv',
    fileHash: sha('file-1'),
    source: 'file',
    definition: 'origin',
    thirdGeneration: false,
    createdBy: 'steward-arbejdsmarked',
    cells: [cell('target', '', 120, 400), cell('comparison', '', 900, 2000), suppressedCell('other', '')],
    ...overrides,
  };
}

/** `count` distinct cells spread over the four groups with `area=NNNN` breakdowns. */
export function manyCells(count: number, seed = 0): Cell[] {
  const groups: DeliveryGroup[] = ['target', 'comparison', 'other', 'total'];
  return Array.from({ length: count }, (_, i) => {
    const group = groups[i % 4] as DeliveryGroup;
    const area = String(Math.floor(i / 4)).padStart(5, '0');
    const denominator = 50 + ((i * 7 + seed) % 400);
    return cell(group, `area=${area}`, (i + seed) % denominator, denominator);
  });
}

/** A clock that starts at 2025-03-01 09:00 UTC and advances one second per reading. */
export function tickingClock(start = '2025-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
