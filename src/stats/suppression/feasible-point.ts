/**
 * A cheap certificate for the interval audit. A protected count passes when its feasible range
 * reaches both 0 and the threshold t; by convexity that holds exactly when there are two feasible
 * tables, one where the count is 0 and one where it is t. Finding such a table is a feasibility
 * problem (phase 1 of the simplex method), solved here in plain JavaScript on a small dense
 * tableau — microseconds, where one HiGHS solve (LP text, WebAssembly, a fresh solver) costs
 * hundreds of them. Nothing is taken on trust: every point found is checked against every
 * constraint before it counts, so a wrong point (a defect, rounding) can only mean "no
 * certificate", and the audit then asks HiGHS as before. A count is never passed on this
 * solver's word that something is infeasible or optimal — only on a checked point.
 */
import type { Constraint, LinearExpression } from './lp-solver.ts';

const EPS = 1e-9;
/** Residual allowed in a checked point (HiGHS's own primal feasibility tolerance is 1e-7). */
const CHECK_TOLERANCE = 1e-7;
/** Pivots allowed per unknown and constraint before giving up (Bland's rule cannot cycle, but stalls are cut short). */
const PIVOTS_PER_SIZE = 20;
/** The largest tableau (rows × columns) solved here; a larger one is left to HiGHS. */
const DENSE_LIMIT = 400_000;

/**
 * A dense tableau in standard form, rows · [x, slacks] (+ an artificial per row that needs one) =
 * rhs ≥ 0. An artificial that leaves the basis never needs to return in phase 1, so its column is
 * not kept; `basis` names it by a column ≥ `width`.
 */
interface Tableau {
  rows: Float64Array[];
  rhs: Float64Array;
  basis: Int32Array;
  /** Reduced costs of minimising Σ artificials; the last entry is minus the objective's value. */
  cost: Float64Array;
  width: number;
}

/** One buffer for every tableau (the audit solves many small ones in a row): no garbage per solve. */
let scratch = new Float64Array(1 << 16);

function zeroedRows(m: number, columns: number): Float64Array[] {
  if (scratch.length < m * columns) scratch = new Float64Array(2 ** Math.ceil(Math.log2(m * columns)));
  scratch.fill(0, 0, m * columns);
  return Array.from({ length: m }, (_, i) => scratch.subarray(i * columns, (i + 1) * columns));
}

/** Phase 1 tableau: each ≤ row gets a slack, and a row whose slack cannot start the basis an artificial. */
function phaseOne(constraints: readonly Constraint[], width: number): Tableau {
  let slacks = 0;
  for (const c of constraints) if (c.sense === '<=') slacks++;
  const columns = width + slacks;
  const m = constraints.length;
  const rows = zeroedRows(m, columns);
  const rhs = new Float64Array(m);
  const basis = new Int32Array(m);
  const cost = new Float64Array(columns + 1);
  let slack = width;
  for (let i = 0; i < m; i++) {
    const c = constraints[i] as Constraint;
    const row = rows[i] as Float64Array;
    for (const [j, a] of c.expression) row[j] = a;
    const slackColumn = c.sense === '<=' ? slack++ : -1;
    if (slackColumn >= 0) row[slackColumn] = 1;
    if (c.rhs < 0) for (let j = 0; j < columns; j++) row[j] = -(row[j] as number);
    rhs[i] = Math.abs(c.rhs);
    if (slackColumn >= 0 && c.rhs >= 0) {
      basis[i] = slackColumn;
      continue;
    }
    basis[i] = columns + i;
    // With the artificials basic, a column's reduced cost is minus its sum over their rows.
    for (let j = 0; j < columns; j++) cost[j] = (cost[j] as number) - (row[j] as number);
    cost[columns] = (cost[columns] as number) - (rhs[i] as number);
  }
  return { rows, rhs, basis, cost, width: columns };
}

/** Bland's rule: the lowest column with a negative reduced cost. */
function entering(t: Tableau): number {
  for (let j = 0; j < t.width; j++) if ((t.cost[j] as number) < -EPS) return j;
  return -1;
}

/** The minimum-ratio row for `column`, ties to the lowest basic index; -1 when the column is unbounded. */
function leaving(t: Tableau, column: number): number {
  let best = -1;
  let ratio = Number.POSITIVE_INFINITY;
  for (let i = 0; i < t.rows.length; i++) {
    const a = (t.rows[i] as Float64Array)[column] as number;
    if (a <= EPS) continue;
    const r = (t.rhs[i] as number) / a;
    if (r < ratio - EPS || (r <= ratio + EPS && best >= 0 && (t.basis[i] as number) < (t.basis[best] as number))) {
      ratio = r;
      best = i;
    }
  }
  return best;
}

/** target −= factor · source, over the columns and the right-hand side. */
function subtractRow(target: Float64Array, source: Float64Array, factor: number): void {
  for (let j = 0; j < target.length; j++) target[j] = (target[j] as number) - factor * (source[j] as number);
}

function pivot(t: Tableau, r: number, column: number): void {
  const row = t.rows[r] as Float64Array;
  const scale = row[column] as number;
  for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / scale;
  t.rhs[r] = (t.rhs[r] as number) / scale;
  const b = t.rhs[r] as number;
  for (let i = 0; i < t.rows.length; i++) {
    const other = t.rows[i] as Float64Array;
    const factor = other[column] as number;
    if (i === r || Math.abs(factor) < EPS) continue;
    subtractRow(other, row, factor);
    other[column] = 0;
    t.rhs[i] = (t.rhs[i] as number) - factor * b;
  }
  const factor = t.cost[column] as number;
  for (let j = 0; j < t.width; j++) t.cost[j] = (t.cost[j] as number) - factor * (row[j] as number);
  t.cost[t.width] = (t.cost[t.width] as number) - factor * b;
  t.basis[r] = column;
}

/**
 * A point x ≥ 0 (length `width`) that the simplex method finds for `constraints`, unchecked;
 * null when it finds none within its pivot allowance.
 */
function simplexPoint(constraints: readonly Constraint[], width: number): Float64Array | null {
  const t = phaseOne(constraints, width);
  const limit = PIVOTS_PER_SIZE * (t.width + t.rows.length);
  for (let step = 0; ; step++) {
    const column = entering(t);
    if (column < 0) break;
    const r = leaving(t, column);
    // Unbounded cannot happen in phase 1 (the objective is bounded below by 0); treat as no answer.
    if (r < 0 || step >= limit) return null;
    pivot(t, r, column);
  }
  const x = new Float64Array(width);
  t.basis.forEach((column, i) => {
    if (column < width) x[column] = t.rhs[i] as number;
  });
  return x;
}

function value(expression: LinearExpression, x: Float64Array): number {
  let sum = 0;
  for (const [j, a] of expression) sum += a * (x[j] as number);
  return sum;
}

/** True when `x` is ≥ 0 and satisfies every constraint, within HiGHS's tolerance. */
export function satisfies(x: Float64Array, constraints: readonly Constraint[]): boolean {
  for (const v of x) if (!(v >= -CHECK_TOLERANCE)) return false;
  return constraints.every((c) => {
    const lhs = value(c.expression, x);
    return c.sense === '=' ? Math.abs(lhs - c.rhs) <= CHECK_TOLERANCE : lhs <= c.rhs + CHECK_TOLERANCE;
  });
}

/** Whether the dense tableau of these constraints (plus the target's row) is small enough to search here. */
export function denseSearchable(constraints: readonly Constraint[], width: number): boolean {
  return (constraints.length + 1) * (width + constraints.length) <= DENSE_LIMIT;
}

/** A checked point x ≥ 0 that satisfies `constraints` with `objective` = `target`, or null when none was found. */
export function pointAt(objective: LinearExpression, target: number, constraints: readonly Constraint[], width: number): Float64Array | null {
  // A dense tableau of a national run's joint table (thousands of unknowns and relations) costs
  // more than HiGHS's sparse solve: no certificate from here, the audit asks HiGHS.
  if (!denseSearchable(constraints, width)) return null;
  const all = [...constraints, { expression: objective, sense: '=' as const, rhs: target }];
  const x = simplexPoint(all, width);
  return x !== null && satisfies(x, all) ? x : null;
}

/**
 * Whether checked point `x` puts `expression` at 0 and at ≥ `threshold` (within the check's
 * tolerance): a feasible table found for one count is evidence for every other count it shows.
 */
export function reachedAt(expression: LinearExpression, x: Float64Array, threshold: number): { zero: boolean; threshold: boolean } {
  const v = value(expression, x);
  return { zero: Math.abs(v) <= CHECK_TOLERANCE, threshold: v >= threshold - CHECK_TOLERANCE };
}
