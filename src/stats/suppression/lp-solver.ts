/**
 * The linear programs of the interval audit, solved by HiGHS (the University of Edinburgh's LP/MIP
 * solver, compiled to WebAssembly in the `highs` npm package). The runtime is loaded once, when
 * this module is first imported (≈ 40 ms); every solve after that is synchronous, so suppression
 * stays a plain function. Models are written in the CPLEX LP text format with variables x0, x1, …,
 * each bounded below by 0 (the format's default bound).
 */
import highsModule from 'highs';

// The package declares its types CommonJS-style (the loader as `default` of the module), while
// Node's ESM import of its `.mjs` build hands over the loader itself.
type Loader = typeof highsModule.default;
const loadHighs: Loader = typeof highsModule === 'function' ? (highsModule as Loader) : highsModule.default;
const highs = await loadHighs();

/**
 * Presolve off: the programs are small, and HiGHS's presolve reports some unbounded maximisations
 * as infeasible (a feasible table whose suppressed count can grow without limit).
 */
const OPTIONS = { presolve: 'off' } as const;

/** Σ coefficient · x[index]. */
export type LinearExpression = ReadonlyMap<number, number>;

/** A linear relation between the unknowns: `expression` (=, ≤) `rhs`. */
export interface Constraint {
  expression: LinearExpression;
  sense: '=' | '<=';
  rhs: number;
}

function term(coefficient: number, index: number): string {
  const sign = coefficient < 0 ? '-' : '+';
  return `${sign} ${Math.abs(coefficient)} x${index}`;
}

function expressionText(expression: LinearExpression): string {
  return [...expression].map(([index, coefficient]) => term(coefficient, index)).join(' ');
}

function modelText(sense: 'Minimize' | 'Maximize', objective: LinearExpression, constraints: readonly Constraint[], width: number): string {
  const rows = constraints.map((c, i) => ` c${i}: ${expressionText(c.expression)} ${c.sense} ${c.rhs}`);
  // Every variable is declared in the bounds, so that one absent from the constraints still exists.
  const bounds = Array.from({ length: width }, (_, i) => ` x${i} >= 0`);
  return [sense, ` obj: ${expressionText(objective)}`, 'Subject To', ...rows, 'Bounds', ...bounds, 'End'].join('\n');
}

/** The range of an objective, and the optimal tables at its ends (evidence for other counts). */
export interface ObjectiveRange {
  lower: number;
  upper: number;
  points: Float64Array[];
}

/**
 * The smallest and largest value of `objective` over x ≥ 0 satisfying `constraints`: `upper` is
 * Infinity when unbounded; null when the constraints have no solution (the published figures
 * contradict the relations, so they bound nothing). An end in `shown` is not solved.
 */
export function objectiveRange(
  objective: LinearExpression,
  constraints: readonly Constraint[],
  width: number,
  shown: { lower: boolean; upper: boolean } = { lower: false, upper: false },
): ObjectiveRange | null {
  const solve = (sense: 'Minimize' | 'Maximize') => highs.solve(modelText(sense, objective, constraints, width), OPTIONS);
  const low = shown.lower ? null : solve('Minimize');
  if (low?.Status === 'Infeasible') return null;
  const high = shown.upper ? null : solve('Maximize');
  const unbounded = (status: string) => status === 'Unbounded' || status === 'Primal infeasible or unbounded';
  for (const solution of [low, high]) {
    if (solution !== null && solution.Status !== 'Optimal' && !unbounded(solution.Status)) throw new Error(`interval audit: HiGHS answered ${solution.Status}`);
  }
  // An end a checked table has shown already is not solved: as far as the audit's criterion goes,
  // the count reaches 0 below and is unbounded above.
  const lower = low === null ? 0 : unbounded(low.Status) ? -Infinity : low.ObjectiveValue;
  const upper = high === null ? Infinity : unbounded(high.Status) ? Infinity : high.ObjectiveValue;
  const points = [low, high].flatMap((solution) => (solution?.Status === 'Optimal' ? [primal(solution, width)] : []));
  return { lower, upper, points };
}

/** The optimal table HiGHS found, as x0 … x(width−1) (unchecked: the caller checks it before it counts). */
function primal(solution: { Columns: Record<string, { Primal: number }> }, width: number): Float64Array {
  const x = new Float64Array(width);
  for (let i = 0; i < width; i++) x[i] = solution.Columns[`x${i}`]?.Primal ?? 0;
  return x;
}

/**
 * One table where as many of `expressions` as possible reach `cap` at once: maximise Σ wᵢ·yᵢ with
 * yᵢ ≤ expressionᵢ and 0 ≤ yᵢ ≤ cap (the y after the table's `width` unknowns). Null when HiGHS
 * finds no optimum. Unchecked: the caller checks the table before it counts.
 */
export function tableReaching(
  expressions: readonly LinearExpression[],
  weights: readonly number[],
  cap: number,
  constraints: readonly Constraint[],
  width: number,
): Float64Array | null {
  const y = (i: number) => width + i;
  const caps = expressions.flatMap((e, i): Constraint[] => [
    { expression: new Map([[y(i), 1], ...[...e].map(([j, a]): [number, number] => [j, -a])]), sense: '<=', rhs: 0 },
    { expression: new Map([[y(i), 1]]), sense: '<=', rhs: cap },
  ]);
  const objective = new Map(expressions.map((_, i) => [y(i), weights[i] ?? 1]));
  const solution = highs.solve(modelText('Maximize', objective, [...constraints, ...caps], width + expressions.length), OPTIONS);
  return solution.Status === 'Optimal' ? primal(solution, width) : null;
}

/** One table where Σ `expressions` is smallest, so that as many as possible are 0 at once. Unchecked, as above. */
export function tableLowest(expressions: readonly LinearExpression[], constraints: readonly Constraint[], width: number): Float64Array | null {
  const sum = new Map<number, number>();
  for (const e of expressions) for (const [j, a] of e) sum.set(j, (sum.get(j) ?? 0) + a);
  const solution = highs.solve(modelText('Minimize', sum, constraints, width), OPTIONS);
  return solution.Status === 'Optimal' ? primal(solution, width) : null;
}
