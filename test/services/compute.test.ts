/**
 * `indikator compute --out` on small hand-made deliveries (DATA.md §5–6): the contract's columns
 * first and in order, values and 95 % intervals computed by hand, gap = target − comparison, and
 * small-cell suppression — primary, complement, source and secondary — checked cell by cell and
 * then as a property over the whole output: no published numerator, denominator, complement or n
 * is 1..4, and none can be recovered from a published total. A fast-check property drives the
 * compute service itself with random tables for the same guarantee.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import type { Cell, DeliveryWithCells } from '../../src/cells/index.ts';
import { type CliResult, csvRecords, runCli, useTempDir } from '../cli/helpers.ts';

const temp = useTempDir('compute-cli');
const dataDir = temp.path('store');
const deliveryFile = temp.path('deliveries.csv');
const resultFile = temp.path('results.csv');

/** The deliveries, one CSV for six indicators (each indicator × period becomes one delivery). */
const DELIVERIES = `indicator,period,group,breakdown,numerator,denominator,value,sd,n,definition,third_generation,suppressed,note
selvforsoergelse,2025,target,,412,1000,,,,origin,false,false,
selvforsoergelse,2025,comparison,,900,2000,,,,origin,false,false,
hjemmepleje,2024,target,,120,800,,,,,,,
hjemmepleje,2024,comparison,,3,40,,,,,,,
hjemmepleje,2024,other,,60,300,,,,,,,
hjemmepleje,2024,total,,183,1140,,,,,,,
socialpsykiatri,2024,target,,98,100,,,,,,,
socialpsykiatri,2024,comparison,,500,5000,,,,,,,
boern-anbringelse,2024,target,,30,2000,,,,,,,
boern-anbringelse,2024,comparison,,40,8000,,,,,,,
boern-anbringelse,2024,other,,,,,,,,,true,under 5 i kilden
karaktergennemsnit,2024/2025,target,,,,6.5,2.5,40,,,,
karaktergennemsnit,2024/2025,comparison,,,,7.5,2.4,400,,,,
karaktergennemsnit,2024/2025,other,,,,9.1,1.0,4,,,,
igu-forloeb,2024,target,,2,,,,,,,,
igu-forloeb,2024,total,,42,,,,,,,,
`;

let imported: CliResult;
let computed: CliResult;
let header: string[] = [];
let rows: Record<string, string>[] = [];

beforeAll(async () => {
  writeFileSync(deliveryFile, DELIVERIES);
  imported = await runCli(['import', deliveryFile], { dataDir });
  computed = await runCli(['compute', '--out', resultFile], { dataDir });
  ({ header, records: rows } = csvRecords(readFileSync(resultFile, 'utf8')));
}, 60_000);

function row(indicator: string, period: string, group: string, breakdown = ''): Record<string, string> {
  const found = rows.filter((r) => r.indicator === indicator && r.period === period && r.group === group && r.breakdown === breakdown);
  expect(found, `${indicator} ${period} ${group}`).toHaveLength(1);
  return found[0] ?? {};
}

const num = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

/** Everything a suppressed row must leave empty. */
const HIDDEN_FIELDS = ['numerator', 'denominator', 'value', 'ci_low', 'ci_high', 'n', 'gap'] as const;

describe('compute --out: the file', () => {
  it('imports and computes with exit code 0', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(computed.code, computed.stderr).toBe(0);
    expect(computed.stderr).toContain(resultFile);
  });

  it('starts with the municipality, then the DATA.md §5 columns, in order', () => {
    expect(header[0]).toBe('municipality');
    expect(header.slice(1, 15)).toEqual([
      'indicator',
      'period',
      'group',
      'breakdown',
      'numerator',
      'denominator',
      'value',
      'ci_low',
      'ci_high',
      'n',
      'suppressed',
      'gap',
      'definition',
      'third_generation',
    ]);
  });

  it('has one row per delivered cell, in catalogue order, with definition and third generation', () => {
    expect(rows.map((r) => `${r.indicator} ${r.period} ${r.group}`)).toEqual([
      'selvforsoergelse 2025 target',
      'selvforsoergelse 2025 comparison',
      'socialpsykiatri 2024 target',
      'socialpsykiatri 2024 comparison',
      'hjemmepleje 2024 target',
      'hjemmepleje 2024 comparison',
      'hjemmepleje 2024 other',
      'hjemmepleje 2024 total',
      'igu-forloeb 2024 target',
      'igu-forloeb 2024 total',
      'karaktergennemsnit 2024/2025 target',
      'karaktergennemsnit 2024/2025 comparison',
      'karaktergennemsnit 2024/2025 other',
      'boern-anbringelse 2024 target',
      'boern-anbringelse 2024 comparison',
      'boern-anbringelse 2024 other',
    ]);
    for (const r of rows) expect([r.definition, r.third_generation]).toEqual(['origin', 'false']);
  });

  it('ends with the definition each row follows: its hash, variant and text (issue 14)', () => {
    expect(header.slice(-3)).toEqual(['definition_hash', 'variant', 'definition_text']);
    const hashes = definitionHashes(loadCatalogue()).indicators;
    for (const r of rows) expect(r.definition_hash).toBe(hashes[r.indicator ?? '']);
    expect(row('igu-forloeb', '2024', 'target')).toMatchObject({
      variant: 'started',
      definition_text: 'IGU-forløb, hvis startdato ligger i kalenderåret (aftaler indgået), som Jobindsats tæller dem.',
    });
    expect(row('socialpsykiatri', '2024', 'target').variant).toBe('');
  });
});

describe('compute --out: hand-computed values', () => {
  it('share 412/1000: value 0.412 with the 95 % Wilson interval [0.38188731, 0.44278620]', () => {
    // Wilson, z = 1.959963984540054, z² = 3.841458820694125, p̂ = 412/1000 = 0.412, n = 1000:
    //   1 + z²/n                       = 1.003841458820694
    //   centre = (p̂ + z²/2n)/(1 + z²/n) = (0.412 + 0.001920729410347) / 1.003841458820694 = 0.412336754746729
    //   √(p̂(1−p̂)/n + z²/4n²)         = √(0.000242256 + 0.000000960364705) = 0.015595395625157
    //   half = z · 0.015595395625157 / 1.003841458820694 = 0.030449443466771
    //   [0.412336754746729 − 0.030449443466771, 0.412336754746729 + 0.030449443466771]
    //   = [0.381887311279958, 0.442786198213500]
    const r = row('selvforsoergelse', '2025', 'target');
    expect([r.numerator, r.denominator, r.n, r.suppressed]).toEqual(['412', '1000', '1000', 'false']);
    expect(num(r.value)).toBe(0.412);
    expect(num(r.ci_low)).toBeCloseTo(0.38188731, 8);
    expect(num(r.ci_high)).toBeCloseTo(0.4427862, 8);
  });

  it('share 900/2000: value 0.45 with Wilson interval [0.42831333, 0.47187838]', () => {
    // p̂ = 0.45, n = 2000: centre = (0.45 + 0.000960364705174)/1.000960729410347 = 0.450095852364063;
    // half = z · √(0.00012375 + 0.000000240091176) / 1.000960729410347 = z · 0.011135083797453 / … = 0.021782524871690.
    const r = row('selvforsoergelse', '2025', 'comparison');
    expect(num(r.value)).toBe(0.45);
    expect(num(r.ci_low)).toBeCloseTo(0.42831333, 8);
    expect(num(r.ci_high)).toBeCloseTo(0.47187838, 8);
  });

  it('gap = target − comparison, on the target row only: 0.412 − 0.45 = −0.038', () => {
    expect(num(row('selvforsoergelse', '2025', 'target').gap)).toBeCloseTo(-0.038, 12);
    expect(row('selvforsoergelse', '2025', 'comparison').gap).toBe('');
  });

  it('rate per 1,000: 30/2000 → 15 and 40/8000 → 5, gap 10', () => {
    const target = row('boern-anbringelse', '2024', 'target');
    expect(num(target.value)).toBeCloseTo(15, 12);
    expect(num(row('boern-anbringelse', '2024', 'comparison').value)).toBeCloseTo(5, 12);
    expect(num(target.gap)).toBeCloseTo(10, 12);
    expect(num(target.ci_low)).toBeLessThan(15);
    expect(num(target.ci_high)).toBeGreaterThan(15);
  });

  it('mean 6.5 (sd 2.5, n 40): t-interval [5.70046121, 7.29953879], gap 6.5 − 7.5 = −1', () => {
    // t(0.975; 39) = 2.022690911734728, se = 2.5/√40 = 0.395284707521047, half = 0.799538788732209.
    const r = row('karaktergennemsnit', '2024/2025', 'target');
    expect(num(r.value)).toBe(6.5);
    expect(num(r.n)).toBe(40);
    expect(num(r.ci_low)).toBeCloseTo(5.70046121, 7);
    expect(num(r.ci_high)).toBeCloseTo(7.29953879, 7);
    expect(num(r.gap)).toBeCloseTo(-1, 12);
  });

  it('a count is published as it is (igu-forloeb total 42)', () => {
    const r = row('igu-forloeb', '2024', 'total');
    expect([r.numerator, r.value, r.suppressed]).toEqual(['42', '42', 'false']);
  });
});

describe('compute --out: suppression', () => {
  const expectSuppressed = (r: Record<string, string>) => {
    expect(r.suppressed).toBe('true');
    for (const field of HIDDEN_FIELDS) expect(r[field], field).toBe('');
  };

  it('suppresses a share with numerator 3 and leaves its counts empty (shown as suppressed, not zero)', () => {
    expectSuppressed(row('hjemmepleje', '2024', 'comparison'));
  });

  it('suppresses its secondary partner, so 183 − 120 − 60 = 3 cannot be recovered from the total', () => {
    // Published: target 120/800 and total 183/1140. With other (60/300) published too, the
    // comparison's 3 would follow by subtraction; the smallest part, other, is hidden instead.
    expectSuppressed(row('hjemmepleje', '2024', 'other'));
    expect(row('hjemmepleje', '2024', 'target')).toMatchObject({ numerator: '120', denominator: '800', suppressed: 'false' });
    expect(row('hjemmepleje', '2024', 'total')).toMatchObject({ numerator: '183', denominator: '1140', suppressed: 'false' });
  });

  it('suppresses a share whose complement is small: 98/100 leaves 2 persons without', () => {
    expectSuppressed(row('socialpsykiatri', '2024', 'target'));
    expect(row('socialpsykiatri', '2024', 'comparison').suppressed).toBe('false');
  });

  it('suppresses a count of 2, a mean over 4 pupils, and a cell suppressed at the source', () => {
    expectSuppressed(row('igu-forloeb', '2024', 'target'));
    expectSuppressed(row('karaktergennemsnit', '2024/2025', 'other'));
    expectSuppressed(row('boern-anbringelse', '2024', 'other'));
  });

  it('gives no gap where the comparison group is suppressed', () => {
    expect(row('hjemmepleje', '2024', 'target').gap).toBe('');
  });

  it('property: no published numerator, denominator, denominator − numerator or n is 1..4, and none is recoverable from a total', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.suppressed === 'true') {
        for (const field of HIDDEN_FIELDS) expect(r[field], `${r.indicator} ${r.group} ${field}`).toBe('');
        continue;
      }
      expect(r.suppressed).toBe('false');
      expect(publishedCountsSafe(num(r.numerator), num(r.denominator), num(r.n)), JSON.stringify(r)).toBe(true);
    }
    for (const m of recoverableFromTotals(rows.map(csvResult))) {
      expect(m.safe, `${m.where}: ${JSON.stringify(m.hidden)}`).toBe(true);
    }
  });
});

/** 1..4 persons (threshold 5). */
function small(x: number | null): boolean {
  return x !== null && x >= 1 && x <= 4;
}

function publishedCountsSafe(numerator: number | null, denominator: number | null, n: number | null): boolean {
  const complement = numerator !== null && denominator !== null ? denominator - numerator : null;
  return !small(numerator) && !small(denominator) && !small(complement) && !small(n);
}

interface Published {
  key: string;
  group: string;
  suppressed: boolean;
  numerator: number | null;
  denominator: number | null;
}

function csvResult(r: Record<string, string>): Published {
  return {
    key: `${r.indicator}|${r.period}|${r.breakdown}`,
    group: r.group ?? '',
    suppressed: r.suppressed === 'true',
    numerator: num(r.numerator),
    denominator: num(r.denominator),
  };
}

/**
 * For every published total with all three groups present: what subtracting the published parts
 * reveals about the suppressed ones together. Safe when nothing is hidden, or when the hidden sum
 * is not 1..4 in numerator, denominator or complement — and never exactly one hidden part.
 */
function recoverableFromTotals(cells: readonly Published[]): { where: string; safe: boolean; hidden: unknown }[] {
  const byKey = new Map<string, Published[]>();
  for (const c of cells) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const out: { where: string; safe: boolean; hidden: unknown }[] = [];
  for (const [where, group] of byKey) {
    const total = group.find((c) => c.group === 'total');
    const parts = group.filter((c) => c.group !== 'total');
    if (!total || total.suppressed || parts.length !== 3) continue;
    const hiddenParts = parts.filter((p) => p.suppressed);
    if (hiddenParts.length === 0) continue;
    const rest = (field: 'numerator' | 'denominator') => {
      const whole = total[field];
      if (whole === null) return null;
      return whole - parts.filter((p) => !p.suppressed).reduce((s, p) => s + (p[field] ?? 0), 0);
    };
    const hidden = { parts: hiddenParts.length, numerator: rest('numerator'), denominator: rest('denominator') };
    out.push({ where, hidden, safe: hiddenParts.length > 1 && publishedCountsSafe(hidden.numerator, hidden.denominator, null) });
  }
  return out;
}

describe('compute service: suppression property over random tables', () => {
  const catalogue = loadCatalogue();
  const indicator = catalogue.get('hjemmepleje');
  const bands = indicator?.breakdowns.find((b) => b.key === 'ageband')?.values.map((v) => v.code) ?? [];
  const GROUPS = ['target', 'comparison', 'other'] as const;

  /** A delivery of hjemmepleje with group × age-band cells, group wholes and totals that add up. */
  function delivery(counts: readonly (readonly [number, number])[]): DeliveryWithCells {
    const cells: Cell[] = [];
    const cell = (group: DeliveryGroup, breakdown: string, numerator: number, denominator: number): Cell => ({
      municipality: '999',
      group,
      breakdown,
      numerator,
      denominator,
      value: null,
      sd: null,
      n: null,
      suppressed: false,
      note: '',
    });
    const at = (g: number, b: number): readonly [number, number] => counts[g * bands.length + b] ?? [0, 0];
    const sum = (pairs: readonly (readonly [number, number])[]): [number, number] => pairs.reduce<[number, number]>(([x, n], [a, d]) => [x + a, n + d], [0, 0]);
    for (const [g, group] of GROUPS.entries()) {
      for (const [b, band] of bands.entries()) cells.push(cell(group, `ageband=${band}`, ...at(g, b)));
      cells.push(cell(group, '', ...sum(bands.map((_, b) => at(g, b)))));
    }
    for (const [b, band] of bands.entries()) cells.push(cell('total', `ageband=${band}`, ...sum(GROUPS.map((_, g) => at(g, b)))));
    cells.push(cell('total', '', ...sum(counts)));
    return {
      id: 1,
      indicator: 'hjemmepleje',
      period: '2024',
      version: 1,
      fileName: 'x.csv',
      fileHash: 'x',
      source: 'file',
      definition: 'origin',
      thirdGeneration: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: 'test',
      status: 'delivered',
      statusComment: '',
      cellCount: cells.length,
      cells,
    };
  }

  const pair = fc.integer({ min: 0, max: 40 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));

  it('no published count is 1..4 and no lone suppressed part sits under a published total', () => {
    expect(bands).toHaveLength(4);
    fc.assert(
      fc.property(fc.array(pair, { minLength: 12, maxLength: 12 }), (counts) => {
        const result: ResultRow[] = computeResults(catalogue, [delivery(counts)], { threshold: 5 }).rows;
        for (const r of result) {
          if (r.suppressed) {
            expect([r.numerator, r.denominator, r.value, r.n]).toEqual([null, null, null, null]);
            continue;
          }
          expect(publishedCountsSafe(r.numerator, r.denominator, r.n)).toBe(true);
        }
        const published: Published[] = result.map((r) => ({
          key: `${r.indicator}|${r.period}|${r.breakdown}`,
          group: r.group,
          suppressed: r.suppressed,
          numerator: r.numerator,
          denominator: r.denominator,
        }));
        for (const m of recoverableFromTotals(published)) expect(m.safe, JSON.stringify(m)).toBe(true);
        // The same over age bands within each group: the bands add up to the group's whole.
        for (const group of GROUPS) {
          const whole = result.find((r) => r.group === group && r.breakdown === '');
          const parts = result.filter((r) => r.group === group && r.breakdown.startsWith('ageband='));
          if (!whole || whole.suppressed) continue;
          const hidden = parts.filter((p) => p.suppressed);
          if (hidden.length === 0) continue;
          const shown = parts.filter((p) => !p.suppressed);
          const x = (whole.numerator ?? 0) - shown.reduce((s, p) => s + (p.numerator ?? 0), 0);
          const n = (whole.denominator ?? 0) - shown.reduce((s, p) => s + (p.denominator ?? 0), 0);
          expect(hidden.length).toBeGreaterThan(1);
          expect(publishedCountsSafe(x, n, null), `${group}: hidden ${x}/${n}`).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
