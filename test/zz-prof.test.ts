import { it } from 'vitest';
import { loadCatalogue } from '../src/catalogue/index.ts';
import { computeResults } from '../src/services/compute/index.ts';
import { periodCells } from '../src/services/compute/period-cells.ts';
import { areaIndices } from '../src/services/compute/housing-areas.ts';
import type { Cell } from '../src/store/index.ts';
const GROUPS = ['target', 'comparison', 'other', 'total'] as const;
function d(areas: number) {
  const cells: Cell[] = [];
  for (let a = 1; a <= areas; a++) { const parts = [30 + (a % 7), 200 + (a % 11), 20 + (a % 5)]; const total = parts[0]! + parts[1]! + parts[2]!;
    for (const [i, group] of GROUPS.entries()) cells.push({ group, breakdown: `area=${String(a).padStart(5, '0')}`, numerator: i === 3 ? total : parts[i]!, denominator: total, value: null, sd: null, n: null, suppressed: false, note: '' }); }
  return { id: 1, indicator: 'boligomraader-diversitet', period: '2025', version: 1, fileName: 'a', fileHash: 'x', source: 'file', definition: 'origin', thirdGeneration: false, createdAt: '', createdBy: 't', status: 'published', statusComment: '', cellCount: cells.length, cells } as any;
}
it('prof', () => {
  const cat = loadCatalogue();
  const ind = cat.get('boligomraader-diversitet')!;
  for (const n of [2000, 8000]) {
    const del = d(n);
    let t = Date.now(); const p = periodCells(ind, [del], 5); const t1 = Date.now() - t;
    t = Date.now(); areaIndices(p[0]!.period, p[0]!.delivery.cells, p[0]!.suppressed); const t2 = Date.now() - t;
    t = Date.now(); computeResults(cat, [del], { threshold: 5 }); const t3 = Date.now() - t;
    console.log(n, 'periodCells', t1, 'areaIndices', t2, 'compute', t3);
  }
}, 300000);
