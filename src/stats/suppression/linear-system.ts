/**
 * What an attacker can compute. Each margin is a linear equation total − Σ parts = 0; with the
 * published cells' counts moved to the right-hand side it constrains the suppressed cells. A
 * combination Σ vᵤ·xᵤ of suppressed counts is exactly recoverable iff v lies in the row space of
 * those equations, and its value is then the same combination of right-hand sides. The system is
 * brought to reduced row echelon form (Gauss–Jordan with partial pivoting); coefficients are
 * 0/±1 and tables small, so floating point with a tolerance is exact enough.
 */

import { type Dimension, dimensionValue, marginHolds } from './dimensions.ts';
import type { Cell, Margin } from './types.ts';

const EPS = 1e-9;

/** The reduced equations of one count dimension over the suppressed cells `unknowns`. */
export interface ReducedSystem {
  unknowns: readonly string[];
  rows: number[][];
  rhs: number[];
  pivots: number[];
}

interface Equation {
  coefficients: number[];
  rhs: number;
}

/** The equation of one margin in `dimension`, or null if a published cell lacks that count. */
function marginEquation(margin: Margin, dimension: Dimension, cells: ReadonlyMap<string, Cell>, column: ReadonlyMap<string, number>): Equation | null {
  if (!marginHolds(margin, dimension)) return null;
  const coefficients = new Array<number>(column.size).fill(0);
  let rhs = 0;
  let hasUnknown = false;
  const terms: [string, number][] = [[margin.total, 1], ...margin.parts.map((p): [string, number] => [p, -1])];
  for (const [key, sign] of terms) {
    const j = column.get(key);
    if (j !== undefined) {
      coefficients[j] = sign;
      hasUnknown = true;
      continue;
    }
    const value = dimensionValue(cells.get(key) as Cell, dimension);
    if (value === null) return null;
    rhs -= sign * value;
  }
  return hasUnknown ? { coefficients, rhs } : null;
}

function eliminate(equations: Equation[], width: number): Omit<ReducedSystem, 'unknowns'> {
  const rows = equations.map((e) => [...e.coefficients]);
  const rhs = equations.map((e) => e.rhs);
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < width && r < rows.length; col++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]?.[col] ?? 0) > Math.abs(rows[best]?.[col] ?? 0)) best = i;
    if (Math.abs(rows[best]?.[col] ?? 0) < EPS) continue;
    [rows[r], rows[best]] = [rows[best] as number[], rows[r] as number[]];
    [rhs[r], rhs[best]] = [rhs[best] as number, rhs[r] as number];
    const pivotRow = rows[r] as number[];
    const scale = pivotRow[col] as number;
    for (let j = 0; j < width; j++) pivotRow[j] = (pivotRow[j] as number) / scale;
    rhs[r] = (rhs[r] as number) / scale;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number[];
      const factor = row[col] as number;
      if (i === r || Math.abs(factor) < EPS) continue;
      for (let j = 0; j < width; j++) row[j] = (row[j] as number) - factor * (pivotRow[j] as number);
      rhs[i] = (rhs[i] as number) - factor * (rhs[r] as number);
    }
    pivots.push(col);
    r++;
  }
  return { rows: rows.slice(0, r), rhs: rhs.slice(0, r), pivots };
}

/** Builds and reduces the equations of all margins in one dimension. */
export function reduceSystem(margins: readonly Margin[], dimension: Dimension, cells: ReadonlyMap<string, Cell>, unknowns: readonly string[]): ReducedSystem {
  const column = new Map(unknowns.map((key, j) => [key, j]));
  const equations = margins.map((m) => marginEquation(m, dimension, cells, column)).filter((e): e is Equation => e !== null);
  return { unknowns, ...eliminate(equations, unknowns.length) };
}

/**
 * The value of Σ vᵤ·xᵤ (v indexed like `system.unknowns`) if the published cells determine it,
 * otherwise null.
 */
export function determinedValue(system: ReducedSystem, v: readonly number[]): number | null {
  const residual = [...v];
  let value = 0;
  system.rows.forEach((row, i) => {
    const coefficient = residual[system.pivots[i] as number] as number;
    if (Math.abs(coefficient) < EPS) return;
    for (let j = 0; j < residual.length; j++) residual[j] = (residual[j] as number) - coefficient * (row[j] as number);
    value += coefficient * (system.rhs[i] as number);
  });
  return residual.every((r) => Math.abs(r) < 1e-7) ? value : null;
}
