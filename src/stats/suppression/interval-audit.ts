/**
 * Interval disclosure, audited as τ-ARGUS audits tables: an attacker who knows every published
 * count, every relation between the cells (the margins) and that counts are never negative — and
 * that no more persons have something than are in the group (numerator ≤ denominator) — can bound
 * each suppressed count by linear programming even where it cannot compute it exactly.
 *
 * The criterion: every protected count of a suppressed cell (a count of 1..t−1 in the numerator,
 * denominator, complement or n) must have a feasible range that reaches both 0 and t. A reader
 * then cannot tell "nobody" from "a few" from "enough to publish". The bounds of the LP relaxation
 * are rounded inwards to whole persons (⌈lower⌉, ⌊upper⌋) — what an attacker who knows counts are
 * integers would do. Cells suppressed at the source have counts unknown here: they are unknowns in
 * the programs (so they protect others) and are guarded against exact recovery, but whether their
 * own range is wide enough cannot be judged without their counts. A count passes without a linear
 * program when `feasible-point.ts` finds two checked tables, one with the count at 0 and one at t.
 */

import { suppressedComponents } from './components.ts';
import { DIMENSIONS, type Dimension, dimensionValue, isSmall, marginHolds } from './dimensions.ts';
import { denseSearchable, pointAt, reachedAt, satisfies } from './feasible-point.ts';
import type { Disclosure } from './find-disclosure.ts';
import { type Constraint, type LinearExpression, LinearPrograms, tableReaching } from './lp-solver.ts';
import { marginMembers, type SuppressionState } from './suppression-state.ts';
import { type Cell, MARGIN_DIMENSIONS, type Margin, type MarginDimension } from './types.ts';

const TOLERANCE = 1e-6;

/** A protected count whose feasible range is too narrow. */
export interface IntervalFinding {
  cell: string;
  dimension: Dimension;
  lower: number;
  upper: number;
}

function kindHas(cell: Cell, dimension: MarginDimension): boolean {
  switch (cell.valueKind) {
    case 'share':
    case 'rate':
      return dimension !== 'n';
    case 'count':
      return dimension === 'numerator';
    case 'mean':
      return dimension === 'n';
    case 'index':
      return false;
  }
}

/** Whether a suppressed cell has an unknown in `dimension`. */
function hasUnknown(cell: Cell, dimension: MarginDimension): boolean {
  const value = dimensionValue(cell, dimension);
  return value !== null || (cell.sourceSuppressed === true && kindHas(cell, dimension));
}

/** The unknowns of one component: a column per suppressed cell and count it has. */
class Unknowns {
  private readonly columns = new Map<string, number>();

  constructor(state: SuppressionState, keys: readonly string[]) {
    for (const key of keys) {
      const cell = state.cells.get(key) as Cell;
      for (const d of MARGIN_DIMENSIONS) if (hasUnknown(cell, d)) this.columns.set(`${key}\u0000${d}`, this.columns.size);
    }
  }

  get width(): number {
    return this.columns.size;
  }

  column(key: string, dimension: MarginDimension): number | undefined {
    return this.columns.get(`${key}\u0000${dimension}`);
  }
}

/** Margin `margin` in `dimension` as total − Σ parts = 0, published counts on the right. */
function marginConstraint(state: SuppressionState, unknowns: Unknowns, margin: Margin, dimension: MarginDimension): Constraint | null {
  const expression = new Map<number, number>();
  let rhs = 0;
  const terms: [string, number][] = [[margin.total, 1], ...margin.parts.map((p): [string, number] => [p, -1])];
  for (const [key, sign] of terms) {
    if (state.suppressed.has(key)) {
      const column = unknowns.column(key, dimension);
      if (column === undefined) return null;
      expression.set(column, (expression.get(column) ?? 0) + sign);
      continue;
    }
    const value = dimensionValue(state.cells.get(key) as Cell, dimension);
    if (value === null) return null;
    rhs -= sign * value;
  }
  return expression.size === 0 ? null : { expression, sense: '=', rhs };
}

/**
 * numerator ≤ denominator for a suppressed share or rate (persons who had something, of persons);
 * numerator = denominator where that holds by definition.
 */
function personsConstraint(state: SuppressionState, unknowns: Unknowns, key: string): Constraint | null {
  const cell = state.cells.get(key) as Cell;
  if (cell.valueKind !== 'share' && cell.valueKind !== 'rate') return null;
  if (cell.numerator !== null && cell.denominator !== null && cell.numerator > cell.denominator) return null;
  const numerator = unknowns.column(key, 'numerator');
  const denominator = unknowns.column(key, 'denominator');
  if (numerator === undefined || denominator === undefined) return null;
  return {
    expression: new Map([
      [numerator, 1],
      [denominator, -1],
    ]),
    sense: cell.numeratorIsDenominator ? '=' : '<=',
    rhs: 0,
  };
}

function componentConstraints(state: SuppressionState, unknowns: Unknowns, keys: readonly string[]): Constraint[] {
  const inComponent = new Set(keys);
  const margins = state.margins.filter((m) => marginMembers(m).some((k) => inComponent.has(k)));
  const equations = margins.flatMap((m) => MARGIN_DIMENSIONS.filter((d) => marginHolds(m, d)).flatMap((d) => marginConstraint(state, unknowns, m, d) ?? []));
  return [...equations, ...keys.flatMap((k) => personsConstraint(state, unknowns, k) ?? [])];
}

/** The counts of a suppressed cell that must stay unknown: its small ones. */
function protectedDimensions(state: SuppressionState, cell: Cell): Dimension[] {
  return DIMENSIONS.filter((d) => {
    const value = dimensionValue(cell, d);
    return value !== null && isSmall(value, state.threshold);
  });
}

function objective(unknowns: Unknowns, key: string, dimension: Dimension): LinearExpression | null {
  if (dimension !== 'complement') {
    const column = unknowns.column(key, dimension);
    return column === undefined ? null : new Map([[column, 1]]);
  }
  const numerator = unknowns.column(key, 'numerator');
  const denominator = unknowns.column(key, 'denominator');
  return numerator === undefined || denominator === undefined
    ? null
    : new Map([
        [denominator, 1],
        [numerator, -1],
      ]);
}

function mentioned(inEquations: ReadonlySet<number>, expression: LinearExpression): boolean {
  for (const j of expression.keys()) if (inEquations.has(j)) return true;
  return false;
}

/** The unknowns some equation holds (looked up once per component, not once per count and equation). */
function equationUnknowns(constraints: readonly Constraint[]): Set<number> {
  const unknowns = new Set<number>();
  for (const c of constraints) if (c.sense === '=') for (const j of c.expression.keys()) unknowns.add(j);
  return unknowns;
}

/**
 * Counts that passed stay passed while the same table is suppressed further: hiding another cell
 * turns a published constant into an unknown, which only widens every feasible range. The loop in
 * `suppress` keeps them here (keys `cell\u0000dimension`) so that each is solved once.
 */
export type PassedCounts = Set<string>;

/** The id of one protected count in `PassedCounts`: the cell's key and which of its counts. */
export function countId(cell: string, dimension: Dimension): string {
  return `${cell}\u0000${dimension}`;
}

/**
 * How much linear programming one suppression may do (Σ variables + constraints over its
 * programs). A table that needs more — hundreds of linked cells of 1–4 persons — is withheld
 * whole instead (`suppress` catches this): safe, and a department's file cannot tie up the
 * server. The demo's largest delivery uses a small fraction of it.
 */
export class LinearProgrammingBudget {
  constructor(private remaining: number) {}

  spend(size: number): void {
    this.remaining -= size;
    if (this.remaining < 0) throw new AuditBudgetExceeded();
  }
}

export class AuditBudgetExceeded extends Error {
  constructor() {
    super('the interval audit needs more linear programming than one table may use');
  }
}

/** A protected count of the component, with the linear expression an attacker would bound. */
interface ProtectedCount {
  id: string;
  cell: string;
  dimension: Dimension;
  expression: LinearExpression;
}

function protectedCounts(
  state: SuppressionState,
  unknowns: Unknowns,
  keys: readonly string[],
  constraints: readonly Constraint[],
  passed: PassedCounts,
): ProtectedCount[] {
  const inEquations = equationUnknowns(constraints);
  const counts: ProtectedCount[] = [];
  for (const key of keys) {
    for (const dimension of protectedDimensions(state, state.cells.get(key) as Cell)) {
      const id = countId(key, dimension);
      // Proven already (in an earlier round of the same table): nothing to build or solve.
      if (passed.has(id)) continue;
      const expression = objective(unknowns, key, dimension);
      // A count in no equation is bounded by nothing but 0: its range is [0, ∞).
      if (expression === null || !mentioned(inEquations, expression)) continue;
      counts.push({ id, cell: key, dimension, expression });
    }
  }
  return counts;
}

/** Fewer open counts than this get their own programmes at once: a batch search costs as much as one. */
const BATCH_FROM = 10;

/** Batch searches in a row that may show nothing new before the counts left get their own programmes. */
const STALLS = 3;

/**
 * A weight per count: 1 in round 0, then from a fixed sequence between 1 and 5 (deterministic:
 * the same table gives the same audit).
 */
function weights(n: number, round: number): number[] {
  return Array.from({ length: n }, (_, i) => (round === 0 ? 1 : 1 + ((i * 7919 + round * 104729) % 97) / 24));
}

/** The counts' expressions, each scaled by its weight. */
function weighted(counts: readonly ProtectedCount[], round: number): LinearExpression[] {
  const w = weights(counts.length, round);
  return counts.map((c, i) => new Map([...c.expression].map(([j, a]) => [j, a * (w[i] as number)])));
}

/**
 * The ends of the feasible ranges that checked tables have shown so far. Every table found for one
 * count is a feasible table for all of them: most counts are 0 in any vertex, so a few tables
 * prove the lower end of most ranges, and each count needs its own search only for what is left.
 */
class ReachedEnds {
  readonly zero = new Set<string>();
  readonly threshold = new Set<string>();

  constructor(
    private readonly counts: readonly ProtectedCount[],
    private readonly t: number,
  ) {}

  record(x: Float64Array | null): void {
    if (x === null) return;
    for (const count of this.counts) {
      const reached = reachedAt(count.expression, x, this.t);
      if (reached.zero) this.zero.add(count.id);
      if (reached.threshold) this.threshold.add(count.id);
    }
  }

  /**
   * For a component too large for the dense search (a national run's joint table): a few tables
   * that each take many counts to 0, or to t, at once — one linear programme for all the counts
   * not yet shown, again until one shows nothing new. What is left gets its own programmes.
   */
  batch(counts: readonly ProtectedCount[], constraints: readonly Constraint[], width: number, programs: () => LinearPrograms): void {
    const searches = [
      { shown: this.zero, search: (open: ProtectedCount[], round: number) => programs().lowest(weighted(open, round)) },
      {
        shown: this.threshold,
        search: (open: ProtectedCount[], round: number) =>
          tableReaching(
            open.map((c) => c.expression),
            weights(open.length, round),
            this.t,
            constraints,
            width,
          ),
      },
    ];
    for (const { shown, search } of searches) {
      // Equal weights first; where a table shows nothing new, unequal ones (the optimum then
      // favours some counts over spreading a little over all), until STALLS in a row show nothing.
      for (let round = 0, stalls = 0; stalls < STALLS; round++) {
        const open = counts.filter((c) => !shown.has(c.id));
        if (open.length === 0) break;
        const x = search(open, round);
        const before = shown.size;
        if (x !== null && satisfies(x, constraints)) this.record(x);
        stalls = shown.size > before ? 0 : stalls + 1;
      }
    }
  }

  /** Two checked tables, one with the count at 0 and one at ≥ t, prove its range reaches both (it is convex). */
  proven(count: ProtectedCount, constraints: readonly Constraint[], width: number): boolean {
    if (!this.zero.has(count.id)) this.record(pointAt(count.expression, 0, constraints, width));
    if (!this.zero.has(count.id)) return false;
    if (!this.threshold.has(count.id)) this.record(pointAt(count.expression, this.t, constraints, width));
    return this.threshold.has(count.id);
  }
}

function componentFindings(
  state: SuppressionState,
  keys: readonly string[],
  firstOnly: boolean,
  passed: PassedCounts = new Set(),
  budget?: LinearProgrammingBudget,
): IntervalFinding[] {
  const unknowns = new Unknowns(state, keys);
  const constraints = componentConstraints(state, unknowns, keys);
  // No published count in any relation: the true counts, scaled by any factor, are a solution,
  // so every protected count can be 0 and can reach t — nothing to solve.
  if (constraints.every((c) => c.rhs === 0)) return [];
  // The counts not proven yet: a later round of a national run's joint table leaves a handful of
  // thousands, and the feasible tables found are checked against those alone.
  const open = protectedCounts(state, unknowns, keys, constraints, passed);
  // One HiGHS instance for the component's programmes, made when the first is needed.
  let programs: LinearPrograms | undefined;
  const programsOf = () => {
    programs ??= new LinearPrograms(constraints, unknowns.width);
    return programs;
  };
  try {
    const reached = new ReachedEnds(open, state.threshold);
    if (!denseSearchable(constraints, unknowns.width) && open.length > BATCH_FROM) reached.batch(open, constraints, unknowns.width, programsOf);
    const findings: IntervalFinding[] = [];
    for (const count of open) {
      budget?.spend(unknowns.width + constraints.length);
      // Without checked tables for both ends, HiGHS computes the range.
      if (reached.proven(count, constraints, unknowns.width)) {
        passed.add(count.id);
        continue;
      }
      const range = programsOf().range(count.expression, { lower: reached.zero.has(count.id), upper: reached.threshold.has(count.id) });
      if (range === null) continue;
      // HiGHS's optimal tables are feasible tables too: checked, they prove other counts' ends.
      for (const x of range.points) if (satisfies(x, constraints)) reached.record(x);
      const lower = Math.ceil(range.lower - TOLERANCE);
      const upper = Math.floor(range.upper + TOLERANCE);
      if (lower > 0 || upper < state.threshold) {
        findings.push({ cell: count.cell, dimension: count.dimension, lower, upper });
        if (firstOnly) return findings;
      } else passed.add(count.id);
    }
    return findings;
  } finally {
    programs?.close();
  }
}

/**
 * Every protected count whose feasible range does not reach both 0 and the threshold. Counts in
 * `passed` are taken as proven (by another table whose feasible tables are feasible here too) and
 * not solved again; those this table proves are added to it. Only the components of linked
 * suppressed cells that `include` accepts are audited.
 */
export function intervalFindings(
  state: SuppressionState,
  firstOnly = false,
  budget?: LinearProgrammingBudget,
  passed: PassedCounts = new Set(),
  include: (component: readonly string[]) => boolean = () => true,
): IntervalFinding[] {
  const findings: IntervalFinding[] = [];
  for (const keys of suppressedComponents(state)) {
    if (!include(keys)) continue;
    findings.push(...componentFindings(state, keys, firstOnly, passed, budget));
    if (firstOnly && findings.length > 0) break;
  }
  return findings;
}

/** The first interval disclosure in one component, as a disclosure the complement chooser can act on, or null. */
export function intervalInComponent(
  state: SuppressionState,
  keys: readonly string[],
  passed?: PassedCounts,
  budget?: LinearProgrammingBudget,
): Disclosure | null {
  const [finding] = componentFindings(state, keys, true, passed, budget);
  if (finding === undefined) return null;
  const value = dimensionValue(state.cells.get(finding.cell) as Cell, finding.dimension) ?? 0;
  return { cells: [finding.cell], margin: null, revealed: { [finding.dimension]: value } };
}
