/**
 * The privacy invariants of DATA.md §6, written independently of the implementation so that the
 * property tests can fail: small published counts, small unpublished remainders in a margin, a
 * lone suppressed cell in a margin, and suppressed cells recoverable by linear algebra (checked
 * with a separate rank computation).
 */

import type { Cell, Table } from '../../../src/stats/index.ts';

export type Dim = 'numerator' | 'denominator' | 'complement' | 'n';
export const DIMS: Dim[] = ['numerator', 'denominator', 'complement', 'n'];

export function count(cell: Cell, dim: Dim): number | null {
  if (dim === 'complement') {
    if (cell.valueKind !== 'share' && cell.valueKind !== 'rate') return null;
    if (cell.numerator === null || cell.denominator === null) return null;
    return cell.denominator - cell.numerator;
  }
  return dim === 'n' ? (cell.n ?? null) : cell[dim];
}

export const small = (v: number, t: number) => v >= 1 && v <= t - 1;

/** (a) Published cells showing a count 1..t−1 in any dimension. */
export function smallPublished(original: Table, suppressed: ReadonlySet<string>, t: number): string[] {
  return original.cells.filter((c) => !suppressed.has(c.key) && DIMS.some((d) => small(count(c, d) ?? 0, t))).map((c) => c.key);
}

/** (b) Margins whose published total minus published parts is 1..t−1 in some dimension. */
export function smallRemainders(original: Table, suppressed: ReadonlySet<string>, t: number): string[] {
  const byKey = new Map(original.cells.map((c) => [c.key, c]));
  const found: string[] = [];
  original.margins.forEach((m, i) => {
    if (suppressed.has(m.total)) return;
    for (const d of DIMS) {
      const total = count(byKey.get(m.total) as Cell, d);
      if (total === null) continue;
      const published = m.parts.filter((p) => !suppressed.has(p)).map((p) => count(byKey.get(p) as Cell, d) ?? 0);
      const remainder = total - published.reduce((s, v) => s + v, 0);
      if (small(remainder, t)) found.push(`margin ${i} ${d} remainder ${remainder}`);
    }
  });
  return found;
}

/** Margins with exactly one suppressed cell. */
export function loneSuppressions(original: Table, suppressed: ReadonlySet<string>): number[] {
  return original.margins.flatMap((m, i) => ([m.total, ...m.parts].filter((k) => suppressed.has(k)).length === 1 ? [i] : []));
}

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const p = m[r] as number[];
    for (let i = r + 1; i < m.length; i++) {
      const row = m[i] as number[];
      const f = (row[c] as number) / (p[c] as number);
      for (let j = c; j < cols; j++) row[j] = (row[j] as number) - f * (p[j] as number);
    }
    r++;
  }
  return r;
}

/**
 * (e) Suppressed cells, and pairs of suppressed cells, whose (summed) count the margins determine
 * and that is 1..t−1. x is determined iff adding its indicator row does not raise the rank of the
 * margin equations restricted to suppressed cells. Uses the true counts (tables are consistent).
 */
export function recoverableSmallSums(original: Table, suppressed: ReadonlySet<string>, t: number): string[] {
  const byKey = new Map(original.cells.map((c) => [c.key, c]));
  const unknowns = original.cells.map((c) => c.key).filter((k) => suppressed.has(k));
  const column = new Map(unknowns.map((k, j) => [k, j]));
  const equations = original.margins.map((m) => {
    const row = new Array<number>(unknowns.length).fill(0);
    const total = column.get(m.total);
    if (total !== undefined) row[total] = 1;
    for (const p of m.parts) {
      const j = column.get(p);
      if (j !== undefined) row[j] = -1;
    }
    return row;
  });
  const base = rank(equations);
  const found: string[] = [];
  const sets = unknowns.flatMap((a, i) => [[a], ...unknowns.slice(i + 1).map((b) => [a, b])]);
  for (const set of sets) {
    const indicator = new Array<number>(unknowns.length).fill(0);
    for (const k of set) indicator[column.get(k) as number] = 1;
    if (rank([...equations, indicator]) !== base) continue;
    for (const d of DIMS) {
      const values = set.map((k) => count(byKey.get(k) as Cell, d));
      if (values.some((v) => v === null)) continue;
      const total = (values as number[]).reduce((s, v) => s + v, 0);
      if (small(total, t)) found.push(`${set.join('+')} ${d} = ${total}`);
    }
  }
  return found;
}

/**
 * (f) Interval disclosure, checked with a model written here (not the product's): for every
 * suppressed cell and every count of it that is 1..t−1, minimise and maximise that count over all
 * non-negative tables that agree with the published cells and the margins (and numerator ≤
 * denominator). Reports the counts whose range does not reach both 0 and t.
 */
export function narrowIntervals(
  original: Table,
  suppressed: ReadonlySet<string>,
  t: number,
  solve: (lp: string) => { Status: string; ObjectiveValue: number },
): string[] {
  const byKey = new Map(original.cells.map((c) => [c.key, c]));
  const hidden = original.cells.filter((c) => suppressed.has(c.key));
  const index = new Map(hidden.map((c, i) => [c.key, i]));
  const name = (key: string, dim: 'numerator' | 'denominator' | 'n') => `${dim[0]}${index.get(key)}`;
  const rows: string[] = [];
  original.margins.forEach((m, i) => {
    for (const dim of ['numerator', 'denominator', 'n'] as const) {
      const terms: string[] = [];
      let rhs = 0;
      let usable = true;
      for (const [key, sign] of [[m.total, 1], ...m.parts.map((p) => [p, -1] as const)] as [string, number][]) {
        const value = count(byKey.get(key) as Cell, dim);
        if (value === null) usable = false;
        else if (suppressed.has(key)) terms.push(`${sign > 0 ? '+' : '-'} ${name(key, dim)}`);
        else rhs -= sign * value;
      }
      if (usable && terms.length > 0) rows.push(` m${i}${dim[0]}: ${terms.join(' ')} = ${rhs}`);
    }
  });
  for (const c of hidden) {
    if ((c.valueKind === 'share' || c.valueKind === 'rate') && c.numerator !== null && c.denominator !== null) {
      rows.push(` p${index.get(c.key)}: ${name(c.key, 'numerator')} - ${name(c.key, 'denominator')} <= 0`);
    }
  }
  const variables = hidden.flatMap((c) => (['numerator', 'denominator', 'n'] as const).filter((d) => count(c, d) !== null).map((d) => name(c.key, d)));
  const found: string[] = [];
  for (const c of hidden) {
    for (const dim of DIMS) {
      const value = count(c, dim);
      if (value === null || !small(value, t)) continue;
      const objective = dim === 'complement' ? `${name(c.key, 'denominator')} - ${name(c.key, 'numerator')}` : name(c.key, dim);
      const model = (sense: string) =>
        [
          sense,
          ` obj: ${objective}`,
          'Subject To',
          ...(rows.length ? rows : [` z: ${objective} >= 0`]),
          'Bounds',
          ...variables.map((v) => ` ${v} >= 0`),
          'End',
        ].join('\n');
      const low = solve(model('Minimize'));
      const high = solve(model('Maximize'));
      const lower = low.Status === 'Optimal' ? Math.ceil(low.ObjectiveValue - 1e-6) : 0;
      const upper = high.Status === 'Optimal' ? Math.floor(high.ObjectiveValue + 1e-6) : Infinity;
      if (lower > 0 || upper < t) found.push(`${c.key} ${dim} in [${lower}, ${upper}]`);
    }
  }
  return found;
}
