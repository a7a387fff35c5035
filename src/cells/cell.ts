/**
 * The one cell shape of an aggregated delivery (DATA.md §4), grown by extension as it travels:
 * counted by `counting/` (`CountedCell`), placed in a municipality (`AggregatedCell`), suppressed
 * and stored (`Cell`), computed into a result (`ResultRow` in `result-row.ts`). The database row
 * (`store/database.ts`) and StatBank's context cell derive from these; the suppression rule keeps
 * its own minimal input (`stats/suppression`'s `Cell`: a key, the counts and what they measure),
 * because it decides over any table — context figures too — and must not know about groups.
 */
import type { DeliveryGroup } from '../origin/types.ts';

/** The figures of one group × breakdown, as the counting rules produce them. */
export interface CountedCell {
  group: DeliveryGroup;
  /** '' for the whole group, else `key=value` such as `ageband=18-29` or `area=0101`. */
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  /** Share as a fraction, rate per 1,000, count, mean or area share. */
  value: number | null;
  /** Sample standard deviation (divisor n − 1) behind a mean, for its t-interval; null for every other measure. */
  sd: number | null;
  /** Persons behind the figure. */
  n: number | null;
}

/** A counted cell of one municipality (or of the extract's own, before it is placed), before suppression. */
export interface AggregatedCell extends CountedCell {
  /**
   * Three-digit kommunekode, `000` for the whole country. In `counting/`'s output '' marks the
   * cells of an extract without a `municipality` column (the own municipality's, placed by the service).
   */
  municipality: string;
}

/**
 * A delivery's cell as stored and read back: suppression decided (a suppressed cell carries no
 * figures, see `withheld` in `stats/suppression`) and the department's note. One delivery
 * (indicator × period) may hold the cells of many municipalities.
 */
export interface Cell extends AggregatedCell {
  suppressed: boolean;
  note: string;
}

/** Identifies a cell within a delivery. */
export type CellKey = Pick<Cell, 'municipality' | 'group' | 'breakdown'>;

/** A counted cell placed in `municipality`, not yet suppressed and without a note. */
export function unsuppressedCell(cell: CountedCell, municipality: string): Cell {
  const { group, breakdown, numerator, denominator, value, sd, n } = cell;
  return { municipality, group, breakdown, numerator, denominator, value, sd, n, suppressed: false, note: '' };
}
