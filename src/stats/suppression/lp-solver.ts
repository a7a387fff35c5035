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

/** The optimal table HiGHS found, as x0 … x(width−1) (unchecked: the caller checks it before it counts). */
function primal(solution: { Columns: Record<string, { Primal: number }> }, width: number): Float64Array {
  const x = new Float64Array(width);
  for (let i = 0; i < width; i++) x[i] = solution.Columns[`x${i}`]?.Primal ?? 0;
  return x;
}

/** HiGHS's model states (`highs.constants.modelStatus` in the C API's numbering). */
const MODEL_STATUS = { optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, unbounded: 10 } as const;

/**
 * The programs over one set of relations, in one HiGHS instance that keeps its last basis: each
 * objective after the first starts from the previous optimum instead of from scratch, and no LP
 * text is written or parsed. A national run's joint table (13,000 unknowns and relations) costs
 * about 150 ms a solve as LP text for a fresh solver, of which half is the text; a warm solve here
 * costs about 45 ms. The answers are the same: an optimum's value does not depend on where the
 * simplex started. Close it (`close`): HiGHS's memory is not the garbage collector's.
 */
export class LinearPrograms {
  readonly #model: ReturnType<typeof highs.createModel>;
  readonly #width: number;
  /** The objective's coefficients as HiGHS has them (all columns; most 0). */
  readonly #costs: Float64Array;
  #objective: LinearExpression = new Map();

  constructor(constraints: readonly Constraint[], width: number) {
    this.#width = width;
    this.#costs = new Float64Array(width);
    this.#model = highs.createModel(modelData(constraints, width));
    this.#model.options.set({ ...OPTIONS, output_flag: false });
  }

  /**
   * The smallest and largest value of `objective` over x ≥ 0 satisfying the relations: `upper` is
   * Infinity when unbounded; null when the relations have no solution (the published figures
   * contradict them, so they bound nothing). An end in `shown` is not solved.
   */
  range(objective: LinearExpression, shown: { lower: boolean; upper: boolean } = { lower: false, upper: false }): ObjectiveRange | null {
    const low = shown.lower ? null : this.#solve(objective, 'minimize');
    if (low?.status === 'infeasible') return null;
    const high = shown.upper ? null : this.#solve(objective, 'maximize');
    // Feasible below, infeasible above: a solver fault, not an answer (the audit fails closed).
    if (high?.status === 'infeasible') throw new Error('interval audit: HiGHS found the maximum infeasible');
    // An end a checked table has shown already is not solved: as far as the audit's criterion goes,
    // the count reaches 0 below and is unbounded above.
    const lower = low === null ? 0 : low.status === 'optimal' ? low.value : -Infinity;
    const upper = high === null || high.status !== 'optimal' ? Infinity : high.value;
    const points = [low, high].flatMap((solution) => (solution?.status === 'optimal' ? [solution.x] : []));
    return { lower, upper, points };
  }

  /** One table where Σ `expressions` is smallest, so that as many as possible are 0 at once. Unchecked: the caller checks it. */
  lowest(expressions: readonly LinearExpression[]): Float64Array | null {
    const solution = this.#solve(sumOf(expressions), 'minimize');
    return solution.status === 'optimal' ? solution.x : null;
  }

  close(): void {
    this.#model.dispose();
  }

  #solve(objective: LinearExpression, sense: 'minimize' | 'maximize'): Solved {
    this.#setObjective(objective);
    this.#model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
    let { modelStatus } = this.#model.run();
    // Only an optimum is taken from a warm start. Any other end is solved again from scratch, as
    // every programme was solved before: from the basis an unbounded programme left, HiGHS may end
    // without an answer, and "unbounded" (the count passes) or "infeasible" must not rest on
    // where the simplex happened to start.
    if (modelStatus !== MODEL_STATUS.optimal) {
      this.#model.clearSolver();
      modelStatus = this.#model.run().modelStatus;
    }
    if (modelStatus === MODEL_STATUS.infeasible) return { status: 'infeasible' };
    if (modelStatus === MODEL_STATUS.unbounded || modelStatus === MODEL_STATUS.unboundedOrInfeasible) return { status: 'unbounded' };
    if (modelStatus !== MODEL_STATUS.optimal) throw new Error(`interval audit: HiGHS ended in model state ${modelStatus}`);
    return { status: 'optimal', value: this.#model.getObjectiveValue(), x: this.#model.getSolution().colValue.slice(0, this.#width) };
  }

  /** Only the columns of the old and the new objective change. */
  #setObjective(objective: LinearExpression): void {
    if (objective === this.#objective) return;
    for (const j of this.#objective.keys()) this.#costs[j] = 0;
    for (const [j, a] of objective) this.#costs[j] = a;
    this.#model.changeColsCost({ kind: 'range', from: 0, to: this.#width - 1 }, this.#costs);
    this.#objective = objective;
  }
}

type Solved = { status: 'optimal'; value: number; x: Float64Array } | { status: 'infeasible' } | { status: 'unbounded' };

/** The relations as HiGHS's model data: x ≥ 0, an equation's row bounded on both sides by its right-hand side. */
function modelData(constraints: readonly Constraint[], width: number): Parameters<typeof highs.createModel>[0] {
  const starts = new Int32Array(width + 1);
  for (const c of constraints) for (const j of c.expression.keys()) starts[j + 1] = (starts[j + 1] as number) + 1;
  for (let j = 0; j < width; j++) starts[j + 1] = (starts[j + 1] as number) + (starts[j] as number);
  const next = starts.slice(0, width);
  const indices = new Int32Array(starts[width] as number);
  const values = new Float64Array(starts[width] as number);
  constraints.forEach((c, i) => {
    for (const [j, a] of c.expression) {
      const at = next[j] as number;
      indices[at] = i;
      values[at] = a;
      next[j] = at + 1;
    }
  });
  return {
    numCols: width,
    numRows: constraints.length,
    colCost: new Float64Array(width),
    colLower: new Float64Array(width),
    colUpper: new Float64Array(width).fill(highs.infinity),
    rowLower: Float64Array.from(constraints, (c) => (c.sense === '=' ? c.rhs : -highs.infinity)),
    rowUpper: Float64Array.from(constraints, (c) => c.rhs),
    matrix: { format: 'csc', numRows: constraints.length, numCols: width, starts, indices, values },
  };
}

/** Σ of the expressions, one coefficient per unknown. */
function sumOf(expressions: readonly LinearExpression[]): LinearExpression {
  const sum = new Map<number, number>();
  for (const e of expressions) for (const [j, a] of e) sum.set(j, (sum.get(j) ?? 0) + a);
  return sum;
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
