import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { suppressCells, suppressMunicipalities } from '../../src/services/aggregate-delivery/index.ts';
import { cellKey, deliveryTable } from '../../src/services/compute/index.ts';
import { auditSuppression } from '../../src/stats/index.ts';
import type { Cell as MunicipalCell } from '../../src/cells/index.ts';

const turnout = loadCatalogue().get('valgdeltagelse');
if (turnout === undefined) throw new Error('valgdeltagelse');
const GROUPS = ['target', 'comparison', 'other', 'total'] as const;

/** Four group cells of one municipality: `[numerator, denominator]` per group, total last. */
function municipality(code: string, counts: readonly [number, number][]): MunicipalCell[] {
  return counts.map(([numerator, denominator], i) => ({
    municipality: code,
    group: GROUPS[i] as MunicipalCell['group'],
    breakdown: '',
    numerator,
    denominator,
    value: numerator / denominator,
    sd: null,
    n: denominator,
    suppressed: false,
    note: '',
  }));
}

const copenhagen = municipality('101', [
  [3, 100],
  [50, 200],
  [10, 50],
  [63, 350],
]);
const aarhus = municipality('751', [
  [20, 100],
  [60, 200],
  [10, 50],
  [90, 350],
]);
const country = municipality('000', [
  [23, 200],
  [110, 400],
  [20, 100],
  [153, 700],
]);
const run = (cells: MunicipalCell[]) => suppressMunicipalities(turnout, cells, 5, (own) => suppressCells(turnout, own, 5));
const hidden = (cells: readonly MunicipalCell[]) =>
  cells
    .filter((c) => c.suppressed)
    .map((c) => `${c.municipality}|${c.group}`)
    .sort();

describe('suppression of a national run', () => {
  const out = run([...copenhagen, ...aarhus, ...country]);

  it("suppresses the small count where it is, and protects it in its municipality's own margin", () => {
    expect(out.find((c) => c.municipality === '101' && c.group === 'target')?.suppressed).toBe(true);
    expect(hidden(out.filter((c) => c.municipality === '101')).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves no margin with a lone suppressed cell: not a municipality, not the country as their sum', () => {
    const isHidden = (code: string, group: string) => out.find((c) => c.municipality === code && c.group === group)?.suppressed === true;
    for (const code of ['101', '751', '000']) {
      expect(GROUPS.filter((g) => isHidden(code, g)).length, code).not.toBe(1);
    }
    for (const group of GROUPS) {
      expect(['101', '751', '000'].filter((code) => isHidden(code, group)).length, group).not.toBe(1);
    }
  });

  it('hides more than suppressing each municipality on its own would (the country margin is seen)', () => {
    const alone = [copenhagen, aarhus, country].flatMap((cells) => suppressCells(turnout, cells, 5));
    expect(hidden(alone)).toEqual(['101|other', '101|target']);
    expect(hidden(out).length).toBeGreaterThan(2);
  });

  it("suppresses a single municipality's cells exactly as before", () => {
    const own = copenhagen.map((c) => ({ ...c, municipality: '' }));
    expect(run(own)).toEqual(suppressCells(turnout, own, 5));
  });

  it('blanks every figure of a suppressed cell', () => {
    for (const c of out.filter((x) => x.suppressed)) expect([c.numerator, c.denominator, c.value, c.sd, c.n]).toEqual([null, null, null, null, null]);
  });
});

describe('suppression of a national run ends where nothing more is withheld', () => {
  // A cascade: 171's small target is protected in its own margin and across the country; the
  // complements chosen there are small parts of other municipalities' margins, which need
  // protecting in turn — several rounds of own and country margins.
  const cells = [
    ...municipality('101', [
      [3, 40],
      [9, 30],
      [6, 12],
      [18, 82],
    ]),
    ...municipality('147', [
      [7, 9],
      [20, 41],
      [2, 8],
      [29, 58],
    ]),
    ...municipality('151', [
      [11, 16],
      [5, 7],
      [30, 33],
      [46, 56],
    ]),
    ...municipality('153', [
      [40, 90],
      [12, 14],
      [8, 60],
      [60, 164],
    ]),
    ...municipality('155', [
      [6, 6],
      [31, 50],
      [9, 11],
      [46, 67],
    ]),
    ...municipality('000', [
      [67, 161],
      [77, 142],
      [55, 124],
      [199, 427],
    ]),
  ];
  const out = run(cells);
  const withheld = new Set(out.filter((c) => c.suppressed).map((c) => `${c.municipality}|${c.group}`));
  const marked = (list: readonly MunicipalCell[]) => list.map((c) => (withheld.has(`${c.municipality}|${c.group}`) ? { ...c, suppressed: true } : c));

  it("withholds nothing more when each municipality's table is suppressed again as published", () => {
    for (const code of ['101', '147', '151', '153', '155', '000']) {
      const again = suppressCells(turnout, marked(cells.filter((c) => c.municipality === code)), 5);
      expect(
        hidden(again).filter((k) => !withheld.has(k)),
        code,
      ).toEqual([]);
    }
  });

  it('withholds nothing more when the run is repeated on what it withheld (every country margin closed)', () => {
    expect(hidden(run(marked(cells)))).toEqual([...withheld].sort());
  });

  it('leaves no country margin with a lone withheld cell, also where a later round withheld it (the remainder is computed, not assumed)', () => {
    expect(withheld.size).toBeGreaterThan(6);
    for (const group of GROUPS) {
      expect(['101', '147', '151', '153', '155', '000'].filter((code) => withheld.has(`${code}|${group}`)).length, group).not.toBe(1);
    }
  });
});

describe('a cell withheld in a later round is protected across the country too', () => {
  // Round 1: 101's target (3) and its other; across the country 147's target and 151's other.
  // Round 2: 151's own margin needs one more cell and takes its total — alone in the country's
  // total margin, which must then take a second total.
  const cells = [
    ...municipality('101', [
      [3, 40],
      [50, 60],
      [20, 30],
      [73, 130],
    ]),
    ...municipality('147', [
      [30, 50],
      [40, 70],
      [25, 35],
      [95, 155],
    ]),
    ...municipality('151', [
      [35, 60],
      [45, 80],
      [10, 15],
      [90, 155],
    ]),
    ...municipality('000', [
      [68, 150],
      [135, 210],
      [55, 80],
      [258, 440],
    ]),
  ];
  const out = run(cells);
  const isHidden = (code: string, group: string) => out.find((c) => c.municipality === code && c.group === group)?.suppressed === true;

  it('withholds a second total, so that no total is recovered from the country', () => {
    expect(isHidden('151', 'total')).toBe(true);
    for (const group of GROUPS) expect(['101', '147', '151', '000'].filter((code) => isHidden(code, group)).length, group).not.toBe(1);
  });
});

describe('a national run audited as one joint table (property)', () => {
  // The own margins and the country margins are suppressed apart; a disclosure may need both at
  // once. Whatever the run publishes, one audit of the joint table — every municipality's group
  // margin and every country margin together — must find nothing: no small count recovered or
  // bounded through any chain.
  const town = fc
    .tuple(...[0, 1, 2].map(() => fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 }))))
    .map((groups) => groups.map(([voters, more]) => [voters, voters + more] as [number, number]).filter(([, d]) => d > 0));
  const towns = fc.array(
    town.filter((g) => g.length === 3),
    { minLength: 2, maxLength: 3 },
  );

  it('finds nothing to recover in the joint table of what the run publishes', () => {
    fc.assert(
      fc.property(towns, (list) => {
        const codes = ['101', '147', '151'].slice(0, list.length);
        const own = list.flatMap((groups, i) => municipality(codes[i] as string, [...groups, groups.reduce(([n, d], [a, b]) => [n + a, d + b], [0, 0])]));
        const country = GROUPS.map((group) => own.filter((c) => c.group === group)).map(
          (cs) => [cs.reduce((s, c) => s + (c.numerator ?? 0), 0), cs.reduce((s, c) => s + (c.denominator ?? 0), 0)] as [number, number],
        );
        const cells = [...own, ...municipality('000', country)];
        const out = run(cells);
        const withheldKeys = new Set(out.filter((c) => c.suppressed).map((c) => cellKey(c)));
        const table = deliveryTable(
          turnout,
          cells.map((c) => (withheldKeys.has(cellKey(c)) ? { ...c, suppressed: true } : c)),
        );
        expect(auditSuppression(table, withheldKeys, 5)).toEqual([]);
      }),
      { numRuns: 150, seed: 11 },
    );
  }, 120_000);
});
