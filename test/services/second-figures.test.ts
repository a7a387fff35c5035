/**
 * A second figure (a computed variant published beside the default, issue 14) is suppressed by
 * the one rule together with the default: its relation to the default is a margin, so their
 * difference — a small number of courses continuing from earlier years — cannot be read off by
 * subtraction, and never at the cost of a default figure. Every case also passes the full audit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Indicator, loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { cellKey } from '../../src/services/compute/delivery-table.ts';
import { suppressedKeys } from '../../src/services/compute/period-cells.ts';
import { auditedSuppressedKeys } from '../../src/services/compute/audited-suppression.ts';
import type { Cell } from '../../src/cells/index.ts';
import { cell } from '../store/helpers.ts';

const T = 5;
const igu = loadCatalogue().get('igu-forloeb');
if (igu === undefined) throw new Error('no igu-forloeb');

function count(group: DeliveryGroup, numerator: number, n: number, breakdown = '', municipality = '999'): Cell {
  return { municipality, group, breakdown, numerator, denominator: null, value: numerator, sd: null, n, suppressed: false, note: '' };
}

/** Started (the default) and running (the second figure) per group: [started, persons, running, persons]. */
function delivery(figures: Record<DeliveryGroup, [number, number, number, number]>, municipality = '999'): Cell[] {
  return Object.entries(figures).flatMap(([group, [started, n, running, m]]) => [
    count(group as DeliveryGroup, started, n, '', municipality),
    count(group as DeliveryGroup, running, m, 'variant=running', municipality),
  ]);
}

/** The delivered cells the rule withholds (without the unpublished remainders it adds). */
function withheld(cells: readonly Cell[]): string[] {
  const hidden = suppressedKeys(igu as NonNullable<typeof igu>, cells, T);
  return cells
    .map(cellKey)
    .filter((k) => hidden.has(k))
    .sort();
}

describe('igu-forloeb: running courses beside the courses started', () => {
  it('withholds the second figure where running − started is 1–4 courses, and the default stays published', () => {
    // Target: 40 started, 43 running — 3 courses continuing from earlier years, a small count.
    const cells = delivery({ target: [40, 30, 43, 31], comparison: [0, 0, 0, 0], other: [10, 8, 10, 8], total: [50, 38, 53, 39] });
    const hidden = suppressedKeys(igu, cells, T);
    expect(hidden.has('999|target|')).toBe(false);
    expect(hidden.has('999|target|variant=running')).toBe(true);
    // total − other would give the target's running courses back: one of them goes too.
    expect(hidden.has('999|total|variant=running') || hidden.has('999|other|variant=running')).toBe(true);
    expect(() => auditedSuppressedKeys(igu, cells, T)).not.toThrow();
  });

  it('publishes both figures where the difference is no small count', () => {
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 15, 13], total: [50, 38, 67, 49] });
    expect(withheld(cells)).toEqual([]);
  });

  it('relates the figures in persons too: 1–4 persons only on continuing courses are protected', () => {
    // 12 continuing courses, but all of one person's (n 30 → 31).
    const cells = delivery({ target: [40, 30, 52, 31], comparison: [0, 0, 0, 0], other: [10, 8, 15, 12], total: [50, 38, 67, 43] });
    const hidden = suppressedKeys(igu, cells, T);
    expect(hidden.has('999|target|variant=running')).toBe(true);
    expect(() => auditedSuppressedKeys(igu, cells, T)).not.toThrow();
  });

  it('withholds the second figure everywhere when its counts contradict its relation (fewer running than started)', () => {
    const cells = delivery({ target: [40, 30, 38, 29], comparison: [0, 0, 0, 0], other: [10, 8, 15, 12], total: [50, 38, 53, 41] });
    expect(withheld(cells)).toEqual(['999|comparison|variant=running', '999|other|variant=running', '999|target|variant=running', '999|total|variant=running']);
  });
});

describe('selvforsoergelse: self-supporting 3 months after, within the default', () => {
  const selv = loadCatalogue().get('selvforsoergelse');
  if (selv === undefined) throw new Error('no selvforsoergelse');
  const share = (group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: numerator / denominator,
    sd: null,
    n: null,
    suppressed: false,
    note: '',
  });
  const cells = (lasting: number): Cell[] => [
    share('target', 50, 400),
    share('comparison', 300, 1000),
    share('other', 20, 100),
    share('total', 370, 1500),
    share('target', lasting, 400, 'variant=status_after_3_months'),
    share('comparison', 240, 1000, 'variant=status_after_3_months'),
    share('other', 15, 100, 'variant=status_after_3_months'),
    share('total', 255 + lasting, 1500, 'variant=status_after_3_months'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(selv, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the lasting share where 1–4 of the target group left for self-support but not lastingly', () => {
    // 50 left for self-support, 47 of them lastingly: 3 persons fell back — a small count.
    const c = cells(47);
    const withheld = hidden(c);
    expect(withheld).toContain('999|target|variant=status_after_3_months');
    expect(withheld).not.toContain('999|target|');
    expect(() => auditedSuppressedKeys(selv, c, T)).not.toThrow();
  });

  it('publishes both where the difference is no small count', () => {
    expect(hidden(cells(40))).toEqual([]);
  });

  it('withholds the second figure when it holds more than the default (the relation contradicted)', () => {
    expect(hidden(cells(52))).toEqual([
      '999|comparison|variant=status_after_3_months',
      '999|other|variant=status_after_3_months',
      '999|target|variant=status_after_3_months',
      '999|total|variant=status_after_3_months',
    ]);
  });
});

describe('boern-anbringelse: 0-22 incl. after-care, containing the default in numerator and denominator', () => {
  const placed = loadCatalogue().get('boern-anbringelse');
  if (placed === undefined) throw new Error('no boern-anbringelse');
  const rate = (group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: (1000 * numerator) / denominator,
    sd: null,
    n: null,
    suppressed: false,
    note: '',
  });
  const cells = (placed22: number): Cell[] => [
    rate('target', 30, 2500),
    rate('comparison', 60, 9000),
    rate('other', 10, 400),
    rate('total', 100, 11900),
    rate('target', placed22, 3100, 'variant=children_0_22'),
    rate('comparison', 75, 11000, 'variant=children_0_22'),
    rate('other', 16, 500, 'variant=children_0_22'),
    rate('total', placed22 + 91, 14600, 'variant=children_0_22'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(placed, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the 0-22 figure where 1-4 young people aged 18-22 are in after-care', () => {
    const c = cells(33);
    expect(hidden(c)).toContain('999|target|variant=children_0_22');
    expect(hidden(c)).not.toContain('999|target|');
    expect(() => auditedSuppressedKeys(placed, c, T)).not.toThrow();
  });

  it('publishes both where the 18-22-year-olds are no small count', () => {
    expect(hidden(cells(40))).toEqual([]);
  });
});

describe('karaktergennemsnit: the ministry’s average (full set) among all pupils, a mean within the default', () => {
  const grades = loadCatalogue().get('karaktergennemsnit');
  if (grades === undefined) throw new Error('no karaktergennemsnit');
  const mean = (group: DeliveryGroup, value: number, n: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator: null,
    denominator: null,
    value,
    sd: 2.2,
    n,
    suppressed: false,
    note: '',
  });
  /** 40 pupils in the target group, `full` of them with a full set. */
  const cells = (full: number): Cell[] => [
    mean('target', 6.1, 40),
    mean('comparison', 7.5, 300),
    mean('other', 7.0, 20),
    mean('total', 7.3, 360),
    mean('target', 6.4, full, 'variant=full_set'),
    mean('comparison', 7.7, 280, 'variant=full_set'),
    mean('other', 7.2, 15, 'variant=full_set'),
    mean('total', 7.5, 295 + full, 'variant=full_set'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(grades, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the full-set mean where 1–4 pupils are without a full set: the two means would give their grades away', () => {
    // 40 pupils, 37 with a full set: 40 × 6.1 − 37 × 6.4 is the sum of the other 3 pupils' averages.
    const c = cells(37);
    const withheld = hidden(c);
    expect(withheld).toContain('999|target|variant=full_set');
    expect(withheld).not.toContain('999|target|');
    // total − comparison − other would give the target's back: one of them goes too.
    expect(withheld.some((k) => k === '999|total|variant=full_set' || k === '999|other|variant=full_set')).toBe(true);
    expect(() => auditedSuppressedKeys(grades, c, T)).not.toThrow();
  });

  it('publishes both means where the pupils without a full set are no small count', () => {
    expect(hidden(cells(30))).toEqual([]);
  });

  it('withholds every full-set mean when it has more pupils than the default (the relation contradicted)', () => {
    expect(hidden(cells(41))).toEqual([
      '999|comparison|variant=full_set',
      '999|other|variant=full_set',
      '999|target|variant=full_set',
      '999|total|variant=full_set',
    ]);
  });
});

describe('a second figure never costs the default a figure', () => {
  it("withholds the second figures, not the default's cells, where protecting a small difference would cost the default", () => {
    // The other group: 10 started, 13 running — 3 continuing courses. Protected within the whole
    // table, the rule would also hide the default's 'other' and 'comparison' cells (found by this
    // test); so the second figures go, all of them, and the default is published as without them.
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 13, 13], total: [50, 38, 65, 49] });
    expect(withheld(cells)).toEqual(['999|comparison|variant=running', '999|other|variant=running', '999|target|variant=running', '999|total|variant=running']);
    expect(() => auditedSuppressedKeys(igu as NonNullable<typeof igu>, cells, T)).not.toThrow();
  });

  it('goes through the audited path the imports and aggregation use', () => {
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 13, 13], total: [50, 38, 65, 49] });
    const hidden = auditedSuppressedKeys(igu as NonNullable<typeof igu>, cells, T);
    expect(
      cells
        .map(cellKey)
        .filter((k) => hidden.has(k))
        .sort(),
    ).toEqual(withheld(cells));
  });
});

/** A rate cell per 1,000 of one municipality. */
function rateCell(group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell {
  return { ...cell(group, breakdown, numerator, denominator), value: (1000 * numerator) / denominator, n: null };
}

/** [numerator, denominator] per breakdown of the three groups; the total is their sum. */
type GroupCounts = Record<string, [number, number]>;
function withTotal(groups: Record<'target' | 'comparison' | 'other', GroupCounts>): Cell[] {
  const cells = Object.entries(groups).flatMap(([group, byBreakdown]) =>
    Object.entries(byBreakdown).map(([breakdown, [n, d]]) => rateCell(group as DeliveryGroup, n, d, breakdown)),
  );
  const total = new Map<string, [number, number]>();
  for (const c of cells) {
    const [n, d] = total.get(c.breakdown) ?? [0, 0];
    total.set(c.breakdown, [n + (c.numerator ?? 0), d + (c.denominator ?? 0)]);
  }
  // The total's cells only where every group has the breakdown (the age bands are the target's and comparison's).
  const inAll = [...total].filter(([b]) => Object.values(groups).every((g) => b in g));
  return [...cells, ...inAll.map(([b, [n, d]]) => rateCell('total', n, d, b))];
}

function hiddenOf(indicator: Indicator, cells: readonly Cell[]): string[] {
  const keys = suppressedKeys(indicator, cells, T);
  return cells
    .map(cellKey)
    .filter((k) => keys.has(k))
    .sort();
}

describe('boern-anbringelse: the number of placements 0-22, tied to the children 0-22 it counts', () => {
  const placed = loadCatalogue().get('boern-anbringelse');
  if (placed === undefined) throw new Error('no boern-anbringelse');
  const M = 'variant=measures_0_22';
  const C22 = 'variant=children_0_22';
  /** The default, the children 0-22 and the placements 0-22; `extra` = the target's placements beyond each child's first. */
  const cells = (extra: number, children22 = 40): Cell[] =>
    withTotal({
      target: { '': [30, 2500], [C22]: [children22, 3100], [M]: [children22 + extra, 3100] },
      comparison: { '': [60, 9000], [C22]: [75, 11000], [M]: [90, 11000] },
      other: { '': [10, 400], [C22]: [16, 500], [M]: [22, 500] },
    });

  it('withholds the placements where 1-4 placements are a second one of a child (measures − children small), the default published', () => {
    const c = cells(3);
    const hidden = hiddenOf(placed, c);
    expect(hidden).toContain(`999|target|${M}`);
    expect(hidden.filter((k) => !k.includes('variant='))).toEqual([]);
    // total − comparison − other would give the target's placements back: one of them goes too.
    expect(hidden.some((k) => k !== `999|target|${M}` && k.endsWith(M))).toBe(true);
    expect(() => auditedSuppressedKeys(placed, c, T)).not.toThrow();
  });

  it('publishes every figure where the second placements are no small count (or none)', () => {
    expect(hiddenOf(placed, cells(12))).toEqual([]);
    expect(hiddenOf(placed, cells(0))).toEqual([]);
  });

  it('withholds the placements everywhere when they are fewer than the children they count', () => {
    expect(hiddenOf(placed, cells(-2)).filter((k) => k.endsWith(M))).toHaveLength(4);
    expect(hiddenOf(placed, cells(-2)).filter((k) => !k.endsWith(M))).toEqual([]);
  });

  it('withholds the placements with the children 0-22 they are of, when those contradict their own relation', () => {
    // 25 children 0-22 in the target group but 30 children 0-17: the children 0-22 are withheld,
    // and a count of placements is then tied to nothing the rule can trust.
    const hidden = hiddenOf(placed, cells(8, 25));
    expect(hidden.filter((k) => k.endsWith(C22))).toHaveLength(4);
    expect(hidden.filter((k) => k.endsWith(M))).toHaveLength(4);
    expect(hidden.filter((k) => !k.includes('variant='))).toEqual([]);
  });
});

describe("kriminalitet: the barometer's men 15-29, among the men and among the age bands 15-17 and 18-29", () => {
  const krim = loadCatalogue().get('kriminalitet');
  if (krim === undefined) throw new Error('no kriminalitet');
  const V = 'variant=men_15_29_criminal_code';
  /** The target group's counts, with its men and women and its five age bands; the men 15-29 as given. */
  const cells = (target: GroupCounts): Cell[] =>
    withTotal({
      target: {
        '': [60, 2000],
        'sex=M': [40, 1000],
        'sex=K': [20, 1000],
        'ageband=15-17': [10, 150],
        'ageband=18-29': [30, 400],
        'ageband=30-49': [15, 700],
        'ageband=50-64': [5, 450],
        'ageband=65+': [0, 300],
        [V]: [25, 270],
        ...target,
      },
      comparison: {
        '': [100, 8000],
        'sex=M': [70, 4000],
        'sex=K': [30, 4000],
        'ageband=15-17': [20, 600],
        'ageband=18-29': [50, 1500],
        'ageband=30-49': [20, 2500],
        'ageband=50-64': [10, 2000],
        'ageband=65+': [0, 1400],
        [V]: [40, 1000],
      },
      other: { '': [12, 500], 'sex=M': [6, 250], 'sex=K': [6, 250], [V]: [0, 60] },
    });
  const defaults = (hidden: string[]) => hidden.filter((k) => !k.includes('variant='));

  it('publishes the men 15-29 beside the default where no difference is a small count', () => {
    expect(hiddenOf(krim, cells({}))).toEqual([]);
  });

  it('withholds them where the men minus the men 15-29 convicted is 1-4 (the whole group minus them is not)', () => {
    // 40 men had an offence, 37 of them men 15-29 convicted: 3 others. 60 − 37 = 23 is no small count.
    const bands = { 'ageband=15-17': [15, 150], 'ageband=18-29': [35, 400], 'ageband=30-49': [10, 700], 'ageband=50-64': [0, 450] } as GroupCounts;
    const c = cells({ ...bands, [V]: [37, 270] });
    const hidden = hiddenOf(krim, c);
    expect(hidden).toContain(`999|target|${V}`);
    expect(defaults(hidden)).toEqual([]);
    expect(() => auditedSuppressedKeys(krim, c, T)).not.toThrow();
  });

  it('withholds them where the age bands 15-17 and 18-29 together hold 1-4 more offenders than the men 15-29 convicted', () => {
    const c = cells({ 'sex=M': [55, 1000], 'sex=K': [5, 1000], [V]: [38, 270] });
    const hidden = hiddenOf(krim, c);
    expect(hidden).toContain(`999|target|${V}`);
    expect(defaults(hidden)).toEqual([]);
    expect(() => auditedSuppressedKeys(krim, c, T)).not.toThrow();
  });

  it('withholds them where the residents 15-29 hold 1-4 who are not men (the denominators)', () => {
    const c = cells({ [V]: [25, 547] });
    const hidden = hiddenOf(krim, c);
    expect(hidden).toContain(`999|target|${V}`);
    expect(defaults(hidden)).toEqual([]);
    expect(() => auditedSuppressedKeys(krim, c, T)).not.toThrow();
  });

  it("leaves the default's cells as without them where the age bands 15-17 and 18-29 are small (a national run's town)", () => {
    // A town of the demo's national set: the comparison group's bands 15-17 and 18-29 hold one
    // offender each. Bound by a cell of their sum (2 offenders), that sum would be a count the rule
    // protects, and it hid the comparison group's and the total's figures; bound by the whole
    // group less the other bands it is not.
    const c = withTotal({
      target: {
        '': [0, 116],
        'age=under18': [0, 5],
        'age=adult': [0, 111],
        'ageband=15-17': [0, 5],
        'ageband=18-29': [0, 23],
        'ageband=30-49': [0, 45],
        'ageband=50-64': [0, 36],
        'ageband=65+': [0, 7],
        'sex=M': [0, 59],
        'sex=K': [0, 57],
        'variant=convictions_criminal_code': [0, 116],
        [V]: [0, 14],
      },
      comparison: {
        '': [7, 400],
        'age=under18': [1, 20],
        'age=adult': [6, 380],
        'ageband=15-17': [1, 20],
        'ageband=18-29': [1, 31],
        'ageband=30-49': [5, 102],
        'ageband=50-64': [0, 108],
        'ageband=65+': [0, 139],
        'sex=M': [6, 201],
        'sex=K': [1, 199],
        'variant=convictions_criminal_code': [2, 400],
        [V]: [0, 28],
      },
      other: {
        '': [0, 22],
        'age=under18': [0, 0],
        'age=adult': [0, 22],
        'sex=M': [0, 5],
        'sex=K': [0, 17],
        'variant=convictions_criminal_code': [0, 22],
        [V]: [0, 0],
      },
    });
    const withFigures = defaults(hiddenOf(krim, c));
    const without = defaults(
      hiddenOf(
        krim,
        c.filter((cell) => !cell.breakdown.startsWith('variant=')),
      ),
    );
    expect(withFigures).toEqual(without);
    expect(() => auditedSuppressedKeys(krim, c, T)).not.toThrow();
  });

  it('withholds them everywhere when they hold more residents than the age bands they are among', () => {
    const hidden = hiddenOf(krim, cells({ [V]: [25, 600] }));
    expect(hidden.filter((k) => k.endsWith(V))).toHaveLength(4);
    expect(defaults(hidden)).toEqual([]);
  });
});

describe('the number of measures: a property over random deliveries', () => {
  const placed = loadCatalogue().get('boern-anbringelse');
  if (placed === undefined) throw new Error('no boern-anbringelse');
  /** Per group: children 0-17, the 18-22-year-olds placed, the second measures, residents 0-17 and 18-22. */
  const groupArb = fc.tuple(fc.nat(12), fc.nat(8), fc.nat(8), fc.integer({ min: 20, max: 60 }), fc.integer({ min: 5, max: 30 }));
  const deliveryArb = fc.tuple(groupArb, groupArb, groupArb);
  type Drawn = [number, number, number, number, number];
  const group = ([kids, young, extra, d17, d18]: Drawn): GroupCounts => ({
    '': [kids, d17],
    'variant=children_0_22': [kids + young, d17 + d18],
    'variant=measures_0_22': [kids + young + extra, d17 + d18],
  });
  const cellsOf = ([t, c, o]: [Drawn, Drawn, Drawn]): Cell[] => withTotal({ target: group(t), comparison: group(c), other: group(o) });
  const small = (x: number) => x > 0 && x < T;

  it('never publishes both the measures and the children 0-22 of a group where they differ by 1-4, nor costs the default a figure', () => {
    fc.assert(
      fc.property(deliveryArb, (drawn) => {
        const cells = cellsOf(drawn);
        const hidden = new Set(auditedSuppressedKeys(placed, cells, T));
        const alone = new Set(
          suppressedKeys(
            placed,
            cells.filter((c) => !c.breakdown.startsWith('variant=')),
            T,
          ),
        );
        for (const group of ['target', 'comparison', 'other', 'total']) {
          const m = cells.find((c) => c.group === group && c.breakdown === 'variant=measures_0_22') as Cell;
          const k = cells.find((c) => c.group === group && c.breakdown === 'variant=children_0_22') as Cell;
          if (!hidden.has(cellKey(m)) && !hidden.has(cellKey(k))) expect(small((m.numerator ?? 0) - (k.numerator ?? 0))).toBe(false);
          const own = cellKey({ ...m, breakdown: '' });
          expect(hidden.has(own)).toBe(alone.has(own));
        }
      }),
      { numRuns: 40 },
    );
  });
});
