import { loadCatalogue } from '../src/catalogue/index.ts';
import { estimateGap } from '../src/services/compute/gap.ts';
import { estimateCell } from '../src/services/compute/cell-estimate.ts';
const ind = loadCatalogue().get('boligomraader-diversitet')!;
const c = (n: number, d: number) => ({ group: 'target', breakdown: 'area=1', numerator: n, denominator: d, value: null, sd: null, n: null, suppressed: false, note: '' }) as any;
let t = Date.now(); for (let i = 0; i < 4000; i++) estimateGap(ind.measure, c(30 + (i % 7), 250), c(200 + (i % 11), 250)); console.log('gap', Date.now() - t);
t = Date.now(); for (let i = 0; i < 16000; i++) estimateCell(ind.measure, c(30 + (i % 7), 250)); console.log('cell', Date.now() - t);
console.log(ind.comparison, ind.measure.kind);
