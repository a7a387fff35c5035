import { loadCatalogue } from '../src/catalogue/index.ts';
import { computeResults } from '../src/services/compute/index.ts';
const GROUPS = ['target', 'comparison', 'other', 'total'] as const;
function d(areas: number) {
  const cells: any[] = [];
  for (let a = 1; a <= areas; a++) { const parts = [30 + (a % 7), 200 + (a % 11), 20 + (a % 5)]; const total = parts[0]! + parts[1]! + parts[2]!;
    for (const [i, group] of GROUPS.entries()) cells.push({ group, breakdown: `area=${String(a).padStart(5, '0')}`, numerator: i === 3 ? total : parts[i]!, denominator: total, value: null, sd: null, n: null, suppressed: false, note: '' }); }
  return { id: 1, indicator: 'boligomraader-diversitet', period: '2025', version: 1, fileName: 'a', fileHash: 'x', source: 'file', definition: 'origin', thirdGeneration: false, createdAt: '', createdBy: 't', status: 'published', statusComment: '', cellCount: cells.length, cells } as any;
}
const cat = loadCatalogue();
const del = d(Number(process.argv[2]));
const t = Date.now(); computeResults(cat, [del], { threshold: 5 }); console.log(Date.now() - t);
