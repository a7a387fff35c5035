import { describe, expect, it } from 'vitest';
import type { JoinKeys } from '../../src/services/aggregate-delivery/classified-population.ts';
import { StoredRows } from '../../src/services/aggregate-delivery/stored-rows.ts';

// Persons A, B, C are rows 0, 1, 2 of an extract; anything else is not in it (the rows get the
// join key as `JoinKeys.of` gives it, a row or a pseudonym's text: here made from the id).
const keyOf = (id: string): number | string => ({ A: 0, B: 1, C: 2 })[id] ?? `pseudonym-of-${id}`;
const keys: JoinKeys = { of: () => '', handle: (row) => `#${row}` };

function store(...rows: [number, string, string, string][]): StoredRows {
  const stored = new StoredRows(['person_id', 'start_date', 'voted'], keys);
  for (const [rowNumber, id, start, voted] of rows) stored.add(rowNumber, [keyOf(id), start, voted]);
  return stored;
}

describe('StoredRows', () => {
  it('gives back every cell as read, the id as the join key, in file order', () => {
    const rows = store([2, 'A', '2025-01-01', '1'], [3, 'X', '2025-01-01', '0'], [5, 'C', '01-02-2025', ' ja '], [6, 'Y', '', '1']).rows();
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 5, 6]);
    expect(rows.map((r) => r.values)).toEqual([
      { person_id: '#0', start_date: '2025-01-01', voted: '1' },
      { person_id: 'pseudonym-of-X', start_date: '2025-01-01', voted: '0' },
      { person_id: '#2', start_date: '01-02-2025', voted: ' ja ' },
      { person_id: 'pseudonym-of-Y', start_date: '', voted: '1' },
    ]);
  });

  it('gives each row its own values however the rows are read in turn', () => {
    const rows = store([2, 'A', 'a', '1'], [3, 'B', 'b', '0']).rows();
    const [first, second] = rows;
    expect(first?.values.start_date).toBe('a');
    expect(first?.values.voted).toBe('1');
    expect(second?.values.start_date).toBe('b');
    expect(first?.values.start_date).toBe('a');
    expect(second?.values).toEqual({ person_id: '#1', start_date: 'b', voted: '0' });
  });

  it('numbers only the rows whose person is in the extract, by the person’s row', () => {
    const rows = store([2, 'B', '', '1'], [3, 'X', '', '1'], [4, 'B', '', '0'], [5, 'A', '', '1']).rows();
    expect(rows.map((r) => r.personNumber)).toEqual([1, undefined, 1, 0]);
  });

  it('keeps thousands of rows through its growth, each its own', () => {
    const many = Array.from({ length: 5000 }, (_, i) => [i + 2, i % 2 === 0 ? 'A' : `Z${i}`, `d${i % 7}`, String(i % 2)] as [number, string, string, string]);
    const rows = store(...many).rows();
    expect(rows).toHaveLength(5000);
    expect(rows[4999]?.values).toEqual({ person_id: 'pseudonym-of-Z4999', start_date: 'd1', voted: '1' });
    expect(rows[4998]?.values).toEqual({ person_id: '#0', start_date: 'd0', voted: '0' });
    expect(rows[1234]?.rowNumber).toBe(1236);
  });
});
