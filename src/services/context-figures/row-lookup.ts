/**
 * Sums over a StatBank answer: the figures of every combination of the given codes (one code or a
 * list per variable), so that "residents aged 16–64 of non-Western origin" is one call. A
 * combination the answer lacks means the answer is incomplete, and the fetch stops.
 */
import { StatbankResponseError, type StatbankData } from '../../statbank-client/index.ts';

/** The codes to add up: one code or several per variable (every answer variable must be named). */
export type Selection = Readonly<Record<string, string | readonly string[]>>;

export interface RowLookup {
  /** The sum, or null when any of its figures is missing (`..`). */
  sum(selection: Selection): number | null;
}

function keyOf(columns: readonly string[], keys: Readonly<Record<string, string>>): string {
  return columns.map((c) => keys[c] ?? '').join('\u0000');
}

function combinations(columns: readonly string[], selection: Selection, table: string): string[][] {
  return columns.reduce<string[][]>(
    (acc, column) => {
      const codes = selection[column];
      if (codes === undefined) throw new Error(`${table}: the selection names no code of ${column}`);
      const list = typeof codes === 'string' ? [codes] : codes;
      return acc.flatMap((prefix) => list.map((code) => [...prefix, code]));
    },
    [[]],
  );
}

/**
 * An index over `data`'s rows.
 * @example rowLookup(data).sum({ OMRÅDE: '101', KØN: 'TOT', ALDER: ['16', '17'], HERKOMST: ['25', '35'], TID: '2025K3' })
 */
export function rowLookup(data: StatbankData): RowLookup {
  const values = new Map<string, number | null>();
  for (const row of data.rows) values.set(keyOf(data.columns, row.keys), row.value);
  return {
    sum(selection) {
      let total = 0;
      for (const combination of combinations(data.columns, selection, data.table)) {
        const key = combination.join('\u0000');
        if (!values.has(key)) {
          throw new StatbankResponseError('data', `${data.table}: the answer has no figure for ${combination.join(' × ')}`);
        }
        const value = values.get(key) ?? null;
        if (value === null) return null;
        total += value;
      }
      return total;
    },
  };
}
