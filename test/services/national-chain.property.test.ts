/**
 * A national run of many municipalities, attacked as an outside checker would: the published
 * table (every municipality's cells and the country's, `000`), the relations a reader knows
 * (target + comparison + other = total in each municipality and in the country, for the whole
 * group and for each sex; men + women = the whole group; the country's cell = Σ the
 * municipalities' cells at the same place; numerator ≤ denominator; counts ≥ 0), and a linear
 * programme per hidden count. The model is built here from the test's own cells, not from the
 * product's table builder or audit, and solved by HiGHS directly.
 *
 * The rule: every hidden count of 1–4 persons (numerator, denominator or denominator − numerator)
 * must have a feasible range that reaches both 0 and 5; no published cell shows 1–4.
 */
import fc from 'fast-check';
import highsModule from 'highs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { Cell } from '../../src/cells/index.ts';
import { suppressCells, suppressMunicipalities } from '../../src/services/aggregate-delivery/index.ts';

type Loader = typeof highsModule.default;
const loadHighs: Loader = typeof highsModule === 'function' ? (highsModule as Loader) : highsModule.default;
const highs = await loadHighs();

const turnout = loadCatalogue().get('valgdeltagelse');
if (turnout === undefined) throw new Error('valgdeltagelse');
const T = 5;
const PARTS = ['target', 'comparison', 'other'] as const;
const GROUPS = [...PARTS, 'total'] as const;
const SEXES = ['sex=M', 'sex=K'] as const;
type Counts = [number, number];

function cell(municipality: string, group: string, breakdown: string, [numerator, denominator]: Counts): Cell {
  return {
    municipality,
    group: group as Cell['group'],
    breakdown,
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    sd: null,
    n: denominator,
    suppressed: false,
    note: '',
  };
}

const add = (a: Counts, b: Counts): Counts => [a[0] + b[0], a[1] + b[1]];
const sum = (all: readonly Counts[]): Counts => all.reduce(add, [0, 0]);

/** A town: per group (target, comparison, other), `[voters, persons]` of men and of women. */
type Town = readonly (readonly [Counts, Counts])[];

/**
 * Every municipality's cells and the country's, the country the sum of the municipalities. With
 * `bySex`, each group also by sex (the whole group the sum of men and women).
 */
function nationalRun(towns: readonly Town[], bySex: boolean): Cell[] {
  const own = towns.flatMap((groups, i) => {
    const code = String(101 + i * 7);
    const whole = groups.map(([men, women]) => add(men, women));
    const cells = [...whole, sum(whole)].map((counts, g) => cell(code, GROUPS[g] as string, '', counts));
    if (!bySex) return cells;
    for (const [s, breakdown] of SEXES.entries()) {
      const parts = groups.map((pair) => pair[s] as Counts);
      cells.push(...[...parts, sum(parts)].map((counts, g) => cell(code, GROUPS[g] as string, breakdown, counts)));
    }
    return cells;
  });
  const places = [...new Set(own.map((c) => `${c.group}|${c.breakdown}`))];
  const country = places.map((place) => {
    const at = own.filter((c) => `${c.group}|${c.breakdown}` === place);
    const [group, breakdown] = place.split('|') as [string, string];
    return cell('000', group, breakdown, sum(at.map((c) => [c.numerator ?? 0, c.denominator ?? 0])));
  });
  return [...own, ...country];
}

const KINDS = ['numerator', 'denominator'] as const;
type Kind = (typeof KINDS)[number];
const id = (c: Cell) => `${c.municipality}|${c.group}|${c.breakdown}`;

/**
 * The attacker's programme: a variable per hidden cell and count, the relations as equations with
 * the published counts on the right.
 */
class Attack {
  private readonly column = new Map<string, number>();
  private readonly rows: string[] = [];
  private readonly byId: Map<string, Cell>;

  constructor(
    private readonly cells: readonly Cell[],
    private readonly hidden: ReadonlySet<string>,
  ) {
    this.byId = new Map(cells.map((c) => [id(c), c]));
    for (const c of cells) if (hidden.has(id(c))) for (const k of KINDS) this.column.set(`${id(c)}:${k}`, this.column.size);
    const codes = [...new Set(cells.map((c) => c.municipality))];
    const breakdowns = [...new Set(cells.map((c) => c.breakdown))];
    const at = (m: string, g: string, b: string) => this.byId.get(`${m}|${g}|${b}`);
    const relate = (whole: Cell | undefined, parts: (Cell | undefined)[], k: Kind) => {
      if (whole !== undefined && parts.every((p) => p !== undefined)) this.relation(whole, parts as Cell[], k);
    };
    for (const k of KINDS) {
      for (const m of codes) {
        for (const b of breakdowns)
          relate(
            at(m, 'total', b),
            PARTS.map((g) => at(m, g, b)),
            k,
          );
        if (breakdowns.length > 1)
          for (const g of GROUPS)
            relate(
              at(m, g, ''),
              SEXES.map((b) => at(m, g, b)),
              k,
            );
      }
      for (const g of GROUPS)
        for (const b of breakdowns)
          relate(
            at('000', g, b),
            codes.filter((m) => m !== '000').map((m) => at(m, g, b)),
            k,
          );
    }
    for (const c of cells) if (hidden.has(id(c))) this.rows.push(`${this.x(c, 'numerator')} - ${this.x(c, 'denominator')} <= 0`);
  }

  private x(c: Cell, k: Kind): string {
    return `x${this.column.get(`${id(c)}:${k}`)}`;
  }

  /** whole − Σ parts = 0 in count `k`. */
  private relation(whole: Cell, parts: readonly Cell[], k: Kind): void {
    let rhs = 0;
    const terms: string[] = [];
    for (const [c, sign] of [[whole, 1], ...parts.map((p) => [p, -1] as const)] as const) {
      if (this.hidden.has(id(c))) terms.push(`${sign > 0 ? '+' : '-'} ${this.x(c, k)}`);
      else rhs -= sign * (c[k] ?? 0);
    }
    if (terms.length > 0) this.rows.push(`${terms.join(' ')} = ${rhs}`);
    else if (rhs !== 0) throw new Error('the published cells contradict a relation');
  }

  /** The smallest and largest value of `objective` (e.g. 'x3 - x2') over the feasible tables. */
  range(objective: string): [number, number] {
    const model = (sense: string) =>
      [
        sense,
        ` obj: ${objective}`,
        'Subject To',
        ...this.rows.map((r, i) => ` c${i}: ${r}`),
        'Bounds',
        ...[...this.column.values()].map((j) => ` x${j} >= 0`),
        'End',
      ].join('\n');
    const low = highs.solve(model('Minimize'), { presolve: 'off' });
    const high = highs.solve(model('Maximize'), { presolve: 'off' });
    if (low.Status !== 'Optimal') throw new Error(`minimise: ${low.Status}`);
    return [low.ObjectiveValue, high.Status === 'Optimal' ? high.ObjectiveValue : Number.POSITIVE_INFINITY];
  }

  /** Each hidden count of 1..T−1 whose range is narrower than [0, T], as `cell count [lower, upper]`. */
  disclosures(): string[] {
    const found: string[] = [];
    for (const c of this.cells.filter((x) => this.hidden.has(id(x)))) {
      const n = c.numerator ?? 0;
      const d = c.denominator ?? 0;
      const counts: [string, number, string][] = [
        ['numerator', n, this.x(c, 'numerator')],
        ['denominator', d, this.x(c, 'denominator')],
        ['complement', d - n, `${this.x(c, 'denominator')} - ${this.x(c, 'numerator')}`],
      ];
      for (const [name, value, objective] of counts) {
        if (value < 1 || value >= T) continue;
        const [lower, upper] = this.range(objective);
        if (Math.ceil(lower - 1e-6) > 0 || Math.floor(upper + 1e-6) < T)
          found.push(`${id(c)} ${name}=${value} bounded to [${Math.ceil(lower - 1e-6)}, ${Math.floor(upper + 1e-6)}]`);
      }
    }
    return found;
  }
}

function smallPublished(cells: readonly Cell[], hidden: ReadonlySet<string>): string[] {
  const small = (v: number) => v >= 1 && v < T;
  return cells.filter((c) => !hidden.has(id(c)) && [c.numerator ?? 0, c.denominator ?? 0, (c.denominator ?? 0) - (c.numerator ?? 0)].some(small)).map(id);
}

const run = (cells: readonly Cell[]) => suppressMunicipalities(turnout, cells, T, (own) => suppressCells(turnout, own, T));

/** `[voters, persons]` of a few persons, or of enough to publish. */
const counts = (small: number, large: number) =>
  fc
    .oneof(
      { arbitrary: fc.tuple(fc.integer({ min: 0, max: small }), fc.integer({ min: 0, max: small })), weight: 2 },
      { arbitrary: fc.tuple(fc.integer({ min: 5, max: large }), fc.integer({ min: 5, max: large })), weight: 3 },
    )
    .map(([voters, more]): Counts => [voters, voters + more]);
/** Every group has someone (a group without persons has no figure to protect or chain through). */
const hasPersons = (town: Town) => town.every(([men, women]) => men[1] + women[1] > 0);
/** Without the sex breakdown: the whole group's counts as the men's, no women. */
const wholeTown = fc.tuple(counts(9, 60), counts(9, 60), counts(9, 60)).map((groups): Town => groups.map((g): [Counts, Counts] => [g, [0, 0]]));
const townBySex = fc.tuple(...PARTS.map(() => fc.tuple(counts(5, 30), counts(5, 30)))).map((groups): Town => groups);

function assertSafe(cells: readonly Cell[]): void {
  const hidden = new Set(
    run(cells)
      .filter((c) => c.suppressed)
      .map(id),
  );
  // Not by withholding everything (the fail-closed way out), which would pass vacuously.
  expect(hidden.size).toBeLessThan(cells.length);
  expect(smallPublished(cells, hidden)).toEqual([]);
  expect(new Attack(cells, hidden).disclosures()).toEqual([]);
}

describe('a national run of many municipalities, attacked by an independent linear programme (property)', () => {
  it('publishes no count of 1–4 and lets no hidden count of 1–4 be bounded narrower than [0, 5]', () => {
    fc.assert(
      fc.property(fc.array(wholeTown.filter(hasPersons), { minLength: 10, maxLength: 30 }), (towns) => assertSafe(nationalRun(towns, false))),
      { numRuns: 60, seed: 11 },
    );
  }, 240_000);

  it('holds with a breakdown across the municipalities (group × sex), where chains run through both', () => {
    fc.assert(
      fc.property(fc.array(townBySex.filter(hasPersons), { minLength: 8, maxLength: 16 }), (towns) => assertSafe(nationalRun(towns, true))),
      { numRuns: 15, seed: 7 },
    );
  }, 240_000);
});
