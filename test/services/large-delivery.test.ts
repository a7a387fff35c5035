/**
 * Issue 17, item 2: a large delivery must not break compute. A 140,000-cell housing-area delivery
 * (35,000 areas × 4 groups, as an older store may hold from before the import limits) used to end in
 * "Maximum call stack size exceeded" when its rows were spread into `push`; every page then failed.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import type { Cell, DeliveryWithCells } from '../../src/cells/index.ts';

const GROUPS: readonly DeliveryGroup[] = ['target', 'comparison', 'other', 'total'];

function housingDelivery(areas: number): DeliveryWithCells {
  const cells: Cell[] = [];
  for (let a = 1; a <= areas; a++) {
    const parts = [30 + (a % 7), 200 + (a % 11), 20 + (a % 5)];
    const total = parts.reduce((sum, p) => sum + p, 0);
    for (const [i, group] of GROUPS.entries()) {
      const numerator = i === 3 ? total : (parts[i] ?? 0);
      cells.push({
        municipality: '101',
        group,
        breakdown: `area=${String(a).padStart(5, '0')}`,
        numerator,
        denominator: total,
        value: null,
        sd: null,
        n: null,
        suppressed: false,
        note: '',
      });
    }
  }
  return {
    id: 1,
    indicator: 'boligomraader-diversitet',
    period: '2025',
    version: 1,
    fileName: 'areas.csv',
    fileHash: 'x',
    source: 'file',
    definition: 'origin',
    thirdGeneration: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    createdBy: 'test',
    status: 'published',
    statusComment: '',
    cellCount: cells.length,
    cells,
  };
}

describe('compute with a very large delivery', () => {
  it('computes every area of a 140,000-cell delivery', () => {
    const catalogue = loadCatalogue();
    const results = computeResults(catalogue, [housingDelivery(35_000)], { threshold: 5 });
    const areaRows = results.areas.filter((r) => r.period === '2025');
    expect(new Set(areaRows.map((r) => r.area)).size).toBe(35_000);
    // Area 00007: 30 + 0 target, 200 + 7 comparison, 20 + 2 other → 259 persons, 30 of them in the target group.
    const seven = results.rows.filter((r) => r.indicator === 'boligomraader-diversitet' && r.breakdown === 'area=00007' && r.group === 'target');
    expect(seven).toHaveLength(1);
    expect(seven[0]?.numerator).toBe(30);
    expect(seven[0]?.denominator).toBe(259);
  }, 300_000);
});
