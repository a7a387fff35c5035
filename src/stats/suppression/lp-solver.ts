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

/**
 * The smallest and largest value of `objective` over x ≥ 0 satisfying `constraints`: `upper` is
 * Infinity when unbounded; null when the constraints have no solution (the published figures
 * contradict the relations, so they bound nothing).
 */
export function objectiveRange(objective: LinearExpression, constraints: readonly Constraint[], width: number): { lower: number; upper: number } | null {
  const low = highs.solve(modelText('Minimize', objective, constraints, width), OPTIONS);
  if (low.Status === 'Infeasible') return null;
  const high = highs.solve(modelText('Maximize', objective, constraints, width), OPTIONS);
  const unbounded = (status: string) => status === 'Unbounded' || status === 'Primal infeasible or unbounded';
  const lower = unbounded(low.Status) ? -Infinity : low.ObjectiveValue;
  const upper = unbounded(high.Status) ? Infinity : high.ObjectiveValue;
  for (const solution of [low, high]) {
    if (solution.Status !== 'Optimal' && !unbounded(solution.Status)) throw new Error(`interval audit: HiGHS answered ${solution.Status}`);
  }
  return { lower, upper };
}
