/**
 * A small, demo-like municipality for the report's tests, built as stored deliveries by hand and
 * run through the real `computeResults`, so the report meets the real shapes: shares, a rate with
 * a breakdown, counts, means, the diversity index with housing areas, a suppressed cell with its
 * secondary suppression, the citizenship fallback, the third generation, an indicator without
 * data (boern-anbringelse) and kriminalitet under examination.
 */
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { type ComputedResults, computeResults } from '../../src/services/compute/index.ts';
import type { Definition, DeliveryGroup } from '../../src/origin/types.ts';
import type { Cell, DeliveryWithCells } from '../../src/cells/index.ts';
import { buildComparison, type ComparisonInputFigure, type ComparisonView } from '../../src/narrative/comparison.ts';

let nextId = 1;

export interface DeliveryOptions {
  readonly version?: number;
  readonly definition?: Definition;
  readonly thirdGeneration?: boolean;
  readonly createdAt?: string;
}

/** One stored delivery version. */
export function delivery(indicator: string, period: string, cells: Cell[], options: DeliveryOptions = {}): DeliveryWithCells {
  const id = nextId++;
  return {
    id,
    indicator,
    period,
    version: options.version ?? 1,
    fileName: `${indicator}-${period.replace('/', '_')}.csv`,
    fileHash: `hash${id}`,
    source: 'file',
    definition: options.definition ?? 'origin',
    thirdGeneration: options.thirdGeneration ?? false,
    createdAt: options.createdAt ?? '2025-03-01T09:00:00.000Z',
    createdBy: 'test',
    status: 'approved',
    statusComment: '',
    cellCount: cells.length,
    cells,
  };
}

/** A share (or rate) cell: numerator of denominator. */
export function share(group: DeliveryGroup, numerator: number, denominator: number, breakdown = '', note = ''): Cell {
  return { municipality: '999', group, breakdown, numerator, denominator, value: null, sd: null, n: denominator, suppressed: false, note };
}

type Pair = readonly [number, number];

/** Target, comparison and other as numerator/denominator pairs, and their total. */
export function shares(groups: { target: Pair; comparison: Pair; other: Pair }, breakdown = ''): Cell[] {
  const { target, comparison, other } = groups;
  return [
    share('target', target[0], target[1], breakdown),
    share('comparison', comparison[0], comparison[1], breakdown),
    share('other', other[0], other[1], breakdown),
    share('total', target[0] + comparison[0] + other[0], target[1] + comparison[1] + other[1], breakdown),
  ];
}

/** A mean cell (grade point average) with its standard deviation. */
export function mean(group: DeliveryGroup, value: number, n: number, sd: number): Cell {
  return { municipality: '999', group, breakdown: '', numerator: null, denominator: null, value, sd, n, suppressed: false, note: '' };
}

/** Count cells for target, comparison, other and total. */
export function counts(target: number, comparison = 0, other = 0): Cell[] {
  const c = (group: DeliveryGroup, k: number): Cell => ({
    municipality: '999',
    group,
    breakdown: '',
    numerator: k,
    denominator: null,
    value: k,
    sd: null,
    n: k,
    suppressed: false,
    note: '',
  });
  return [c('target', target), c('comparison', comparison), c('other', other), c('total', target + comparison + other)];
}

/** Residents per group in each housing area, and the whole municipality. */
function areaCells(areas: Record<string, { target: number; comparison: number; other: number }>): Cell[] {
  const all = { target: 0, comparison: 0, other: 0 };
  const cells: Cell[] = [];
  const add = (breakdown: string, c: { target: number; comparison: number; other: number }) => {
    const total = c.target + c.comparison + c.other;
    for (const group of ['target', 'comparison', 'other'] as const) cells.push(share(group, c[group], total, breakdown));
    cells.push(share('total', total, total, breakdown));
  };
  for (const [code, c] of Object.entries(areas)) {
    all.target += c.target;
    all.comparison += c.comparison;
    all.other += c.other;
    add(`area=${code}`, c);
  }
  add('', all);
  return cells;
}

/** Every delivery of the test municipality. */
export function testDeliveries(): DeliveryWithCells[] {
  nextId = 1;
  return [
    delivery('selvforsoergelse', '2023', shares({ target: [2900, 10000], comparison: [4200, 10000], other: [500, 1000] }), {
      createdAt: '2024-02-10T10:00:00.000Z',
    }),
    delivery('selvforsoergelse', '2024', shares({ target: [3120, 10000], comparison: [4330, 10000], other: [520, 1000] }), {
      createdAt: '2025-02-12T10:00:00.000Z',
    }),
    delivery('selvforsoergelse', '2025', shares({ target: [3500, 10000], comparison: [4480, 10000], other: [540, 1000] }), {
      version: 2,
      createdAt: '2025-09-15T10:00:00.000Z',
    }),
    delivery('socialpsykiatri', '2023', shares({ target: [180, 4000], comparison: [900, 30000], other: [60, 1300] })),
    delivery('socialpsykiatri', '2024', shares({ target: [190, 4100], comparison: [910, 30500], other: [62, 1320] })),
    // 3 persons in the target group: suppressed, and one more cell with it (secondary).
    delivery('socialpsykiatri', '2025', shares({ target: [3, 4321], comparison: [915, 31000], other: [27, 1357] })),
    delivery('hjemmepleje', '2024', shares({ target: [300, 4000], comparison: [2400, 20000], other: [100, 1500] }), { definition: 'citizenship' }),
    delivery('hjemmepleje', '2025', shares({ target: [240, 4000], comparison: [2300, 20000], other: [98, 1500] }), { definition: 'citizenship' }),
    delivery('valgdeltagelse', 'KV2017', shares({ target: [2000, 4000], comparison: [30000, 40000], other: [1500, 2500] })),
    delivery('valgdeltagelse', 'KV2021', shares({ target: [2080, 4000], comparison: [29800, 40000], other: [1520, 2500] })),
    delivery('valgdeltagelse', 'KV2025', shares({ target: [2100, 4000], comparison: [30200, 40000], other: [1530, 2500] })),
    delivery('igu-forloeb', '2023', counts(40)),
    delivery('igu-forloeb', '2024', counts(52)),
    // The second figure: courses running in the year, 61 started + 14 continuing from earlier years.
    delivery('igu-forloeb', '2025', [...counts(61), ...counts(75).map((c) => ({ ...c, breakdown: 'variant=running' }))]),
    delivery('sprogstimulering', '2023-10/2024-09', counts(48, 6, 7), { thirdGeneration: true }),
    delivery('sprogstimulering', '2024-10/2025-09', counts(35, 8, 9), { thirdGeneration: true }),
    delivery('karaktergennemsnit', '2022/2023', [mean('target', 5.6, 200, 2.5), mean('comparison', 7.0, 1500, 2.4)]),
    delivery('karaktergennemsnit', '2023/2024', [mean('target', 6.0, 210, 2.5), mean('comparison', 7.1, 1500, 2.4), mean('other', 3.3, 4, 1.0)]),
    delivery('karaktergennemsnit', '2024/2025', [mean('target', 6.9, 60, 2.6), mean('comparison', 7.2, 1500, 2.4)]),
    delivery('boern-kontaktperson', '2024', shares({ target: [60, 4000], comparison: [150, 20000], other: [12, 1800] })),
    delivery('boern-kontaktperson', '2025', [
      ...shares({ target: [64, 4000], comparison: [150, 20000], other: [13, 1800] }),
      share('target', 30, 4000, 'measure=child_only'),
      share('comparison', 90, 20000, 'measure=child_only'),
      share('target', 24, 4000, 'measure=family_only'),
      share('comparison', 50, 20000, 'measure=family_only'),
      share('target', 10, 4000, 'measure=both'),
      share('comparison', 10, 20000, 'measure=both'),
    ]),
    delivery(
      'boligomraader-diversitet',
      '2024',
      areaCells({
        '0101': { target: 600, comparison: 400, other: 100 },
        '0102': { target: 140, comparison: 1520, other: 190 },
        '0103': { target: 85, comparison: 2210, other: 150 },
        '0104': { target: 38, comparison: 505, other: 12 },
      }),
    ),
    delivery(
      'boligomraader-diversitet',
      '2025',
      areaCells({
        '0101': { target: 620, comparison: 380, other: 100 },
        '0102': { target: 150, comparison: 1500, other: 200 },
        '0103': { target: 90, comparison: 2200, other: 160 },
        // 3 "other" residents: the area is suppressed.
        '0104': { target: 40, comparison: 500, other: 3 },
      }),
    ),
  ];
}

/** The test municipality's computed results (threshold 5 unless given). */
export function testResults(threshold = 5): ComputedResults {
  return computeResults(loadCatalogue(), testDeliveries(), { threshold });
}

export const AREA_NAMES: ReadonlyMap<string, string> = new Map([
  ['0101', 'Nørrevang'],
  ['0102', 'Søndermarken'],
  ['0103', 'Østerby'],
  ['0104', 'Bakkehuse'],
]);

/** The model input every test starts from. */
export function testModelInput(threshold = 5) {
  const results = testResults(threshold);
  return {
    catalogue: loadCatalogue(),
    results,
    municipality: 'Demo Kommune',
    generatedAt: '2025-10-01',
    dataFreeze: '2025-09-30T12:00:00.000Z',
    areaNames: AREA_NAMES,
    threshold,
    comparisons: testComparisons(results),
    peersLabel: 'Kommunegruppe 3 Provinsbykommuner',
  };
}

/**
 * Selvforsoergelse 2025 beside a synthetic country and three peers (Aarhus's target group
 * suppressed): target 35,0 % against the country's 40,0 % and the peers' 30,0 % and 38,0 %;
 * comparison group 44,8 % against 45,0 % and the peers' 50,0 %, 44,0 % and 46,0 %.
 */
export function testComparisons(results: ComputedResults): Map<string, ComparisonView | null> {
  const own = results.rows.filter((r) => r.indicator === 'selvforsoergelse').map((r) => ({ ...r, origin: 'computed' as const, synthetic: false }));
  const other = (municipality: string, group: DeliveryGroup, value: number | null): ComparisonInputFigure => ({
    municipality,
    period: '2025',
    group,
    breakdown: '',
    value,
    suppressed: value === null,
    origin: 'imported',
    synthetic: true,
  });
  const view = buildComparison(
    '999',
    ['461', '751', '851'],
    [
      ...own,
      other('000', 'target', 0.4),
      other('000', 'comparison', 0.45),
      other('461', 'target', 0.3),
      other('461', 'comparison', 0.5),
      other('751', 'target', null),
      other('751', 'comparison', 0.44),
      other('851', 'target', 0.38),
      other('851', 'comparison', 0.46),
    ],
  );
  return new Map([['selvforsoergelse', view]]);
}
